/**
 * Conditional GET for feeds, calendars and metadata (RFC 9110 §13): a strong ETag computed from
 * what the answer depends on (never from the body, so it is known before the body is built),
 * Last-Modified, and 304 Not Modified on If-None-Match / If-Modified-Since. A feed reader that
 * polls every few minutes then costs a few stat() calls and a hash.
 */
import { createHash } from "node:crypto";
import { VARY_ON_HOST } from "./base-url";

/**
 * Five minutes: readers and proxies reuse an answer that long without asking; after that a
 * revalidation is a cheap 304, and a new Stand or news item reaches subscribers within 5 minutes.
 */
export const CACHE_CONTROL = "public, max-age=300";

export interface Validators {
  /** A strong entity tag with quotes, e.g. "\"q1…\"". */
  etag: string;
  /** Modification time of the newest input (ms since 1970), when there is one. */
  lastModifiedMs?: number;
}

/**
 * A strong ETag of the inputs an answer depends on. `parts` must name everything that changes the
 * bytes: the kind and format version of the answer, the normalized parameters, the base URL and
 * the identities (name, size, mtime) of the files read.
 */
export function strongEtag(parts: readonly string[]): string {
  const hash = createHash("sha256").update(parts.join("\u0000"), "utf8").digest("base64url");
  return `"${hash.slice(0, 32)}"`;
}

/** HTTP-date (IMF-fixdate) of a time, seconds precision. */
export function httpDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

/** Entity tags of an If-None-Match list; W/ is dropped (If-None-Match compares weakly). */
function listedTags(header: string): string[] {
  return header.split(",").map((t) => t.trim().replace(/^W\//, "")).filter(Boolean);
}

/** True when the client's copy is current: If-None-Match wins; If-Modified-Since only without it. */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const noneMatch = headers.get("if-none-match");
  if (noneMatch !== null) {
    const tags = listedTags(noneMatch);
    return tags.includes("*") || tags.includes(validators.etag);
  }
  const modifiedSince = headers.get("if-modified-since");
  if (modifiedSince === null || validators.lastModifiedMs === undefined) return false;
  const since = Date.parse(modifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(validators.lastModifiedMs / 1000) * 1000 <= since;
}

export interface CachedAnswer {
  validators: Validators;
  contentType: string;
  /** Builds the body; called only when the client's copy is not current (and not remembered). */
  build: () => string | Promise<string>;
  /** True when links in the body come from the request's host headers. */
  varyOnHost?: boolean;
  /** E.g. Content-Disposition. */
  headers?: Record<string, string>;
}

// Bodies by ETag: a client without a copy (a new subscriber) gets a remembered body, not a rebuild.
const MAX_REMEMBERED = 64;
const remembered = new Map<string, string>();

function remember(etag: string, body: string): void {
  remembered.delete(etag);
  remembered.set(etag, body);
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
}

function validatorHeaders(answer: CachedAnswer): Headers {
  const headers = new Headers({ ETag: answer.validators.etag, "Cache-Control": CACHE_CONTROL });
  if (answer.validators.lastModifiedMs !== undefined) headers.set("Last-Modified", httpDate(answer.validators.lastModifiedMs));
  if (answer.varyOnHost) headers.set("Vary", VARY_ON_HOST);
  return headers;
}

/** 304 when the client's copy is current, else 200 with the (possibly remembered) body. */
export async function cachedResponse(request: Request, answer: CachedAnswer): Promise<Response> {
  const headers = validatorHeaders(answer);
  if (isNotModified(request.headers, answer.validators)) return new Response(null, { status: 304, headers });
  const key = `${answer.contentType}\u0000${answer.validators.etag}`;
  let body = remembered.get(key);
  if (body === undefined) {
    body = await answer.build();
    remember(key, body);
  }
  headers.set("Content-Type", answer.contentType);
  headers.set("X-Content-Type-Options", "nosniff");
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers.set(name, value);
  return new Response(body, { status: 200, headers });
}

/** A German plain-text error for a feed or calendar address (readers show it as is). */
export function textError(message: string, status: number): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
