/**
 * A short-lived cache of rendered public pages, in front of Next (installed by the HTTP guard).
 * Rendering the dashboard costs some 30 ms of one core, its data question a few; many readers ask
 * the same view (the default view above all). A document request for a cached path is answered
 * from memory while nothing it depends on has changed and the entry is younger than its time to
 * live:
 * - `version()` names what the pages depend on (Stände, metadata, news, this process's writes,
 *   the date); a change drops the entry at once. Other instances' changes are bounded by the time
 *   to live (2 s by default), besides the notifications that change the version directly.
 * - Only anonymous document requests: no cookie, no client-router request (RSC headers, `_rsc`),
 *   GET only, and only 200 answers in HTML without Set-Cookie are kept.
 * - Every answer gets its own CSP nonce: the stored page's nonce is replaced in the header and
 *   the body, then the body is compressed for this client.
 * - A request with `Cache-Control: no-cache` (or `Pragma: no-cache`) is rendered afresh and
 *   stored, so the benchmark can measure both.
 */
import type http from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { createNonce } from "./security-headers";

export interface PageCacheOptions {
  /** Paths (without query) whose documents may be kept. */
  paths: readonly string[];
  /** What the pages depend on, as one text; an entry serves only while it is unchanged. */
  version: () => Promise<string>;
  ttlMs: number;
  /** Entries kept at most (least recently stored go first); 50 by default. */
  maxEntries?: number;
  /** A page larger than this (uncompressed) is not kept; 2 MB by default. */
  maxBytes?: number;
  now?: () => number;
}

interface Entry {
  version: string;
  storedAt: number;
  headers: http.OutgoingHttpHeaders;
  /** The page uncompressed, cut where its nonce stood: an answer puts its own nonce between the parts. */
  parts: Buffer[];
  /** The CSP nonce the page was rendered with, replaced in every answer. */
  nonce: string | null;
}

/** The body cut at every occurrence of `nonce` (one part when there is none). */
export function splitAt(body: Buffer, nonce: string | null): Buffer[] {
  if (!nonce) return [body];
  const needle = Buffer.from(nonce, "utf8");
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** Headers of the stored answer that belong to one transfer, not to the page. */
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);
/** Requests of Next's client router (they want the flight payload, not the document). */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
const NONCE_RE = /'nonce-([^']+)'/;
/**
 * Bounds of the memory the cache may take: at most 100 MB however many hosts and addresses a
 * client makes up (the dashboard's default view is some 240 kB; 100 rows of every column stay
 * under 2 MB).
 */
const DEFAULT_MAX_ENTRIES = 50;
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** How long a request waits for the same view's render under way before it renders itself. */
const WAIT_FOR_RENDER_MS = 10_000;

/** The cache key of a request, or null when its answer must not come from (or go into) the cache. */
export function pageCacheKey(req: Pick<http.IncomingMessage, "method" | "url" | "headers">, paths: ReadonlySet<string>): string | null {
  if (req.method !== "GET" || !req.url) return null;
  const [path, search = ""] = req.url.split("?", 2);
  if (!paths.has(path) || /(^|&)_rsc=/.test(search)) return null;
  const h = req.headers;
  if (h.cookie || h.authorization || ROUTER_HEADERS.some((name) => h[name] !== undefined)) return null;
  // The answer names its own address (feed links) and may carry HSTS: both depend on these.
  return [h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", req.url].join("\n");
}

/** Whether the client asks for a fresh answer. */
export function wantsFresh(headers: http.IncomingHttpHeaders): boolean {
  return /\bno-cache\b/i.test(String(headers["cache-control"] ?? "")) || /\bno-cache\b/i.test(String(headers.pragma ?? ""));
}

function acceptsGzip(headers: http.IncomingHttpHeaders): boolean {
  return /\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/i.test(String(headers["accept-encoding"] ?? ""));
}

/** The body without its content encoding; throws past `maxBytes` (a page that large is not kept). */
function decoded(body: Buffer, encoding: string, maxBytes: number): Buffer | null {
  const limit = { maxOutputLength: maxBytes + 1 };
  switch (encoding) {
    case "":
    case "identity":
      return body;
    case "gzip":
      return gunzipSync(body, limit);
    case "br":
      return brotliDecompressSync(body, limit);
    case "deflate":
      return inflateSync(body, limit);
    default:
      return null;
  }
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  /** Renders under way per key: requests for the same view wait for it instead of rendering it too. */
  private readonly rendering = new Map<string, Promise<void>>();
  private readonly paths: ReadonlySet<string>;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.paths = new Set(options.paths);
    this.now = options.now ?? Date.now;
  }

  /**
   * Answers `req` from the cache, or lets `render` (Next) answer it and keeps that answer. Returns
   * false when the request is none for the cache (the caller renders it as usual).
   */
  handle(req: http.IncomingMessage, res: http.ServerResponse, render: () => void): boolean {
    const key = pageCacheKey(req, this.paths);
    if (key === null) return false;
    this.answer(key, req, res, render).catch((error: unknown) => {
      // Not expected (Next answers its own errors); the connection must not hang either way.
      console.error(`Seiten-Cache: ${(error as Error).message}`);
      if (!res.headersSent) res.destroy();
    });
    return true;
  }

  private async answer(key: string, req: http.IncomingMessage, res: http.ServerResponse, render: () => void): Promise<void> {
    let version: string;
    try {
      version = await this.options.version();
    } catch {
      return render();
    }
    const fresh = wantsFresh(req.headers);
    const usable = () => {
      const entry = this.entries.get(key);
      return entry && entry.version === version && this.now() - entry.storedAt < this.options.ttlMs ? entry : null;
    };
    if (!fresh) {
      const entry = usable();
      if (entry) return this.serve(entry, req, res);
      // Twenty readers arriving together must not render the same page twenty times.
      const under = this.rendering.get(key);
      if (under) {
        // Bounded: a render that never ends must not hold its waiters (they render themselves).
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([under, new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_FOR_RENDER_MS)))]);
        clearTimeout(timer);
        const after = usable();
        if (after) return this.serve(after, req, res);
      }
    }
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    if (!this.rendering.has(key)) {
      this.rendering.set(key, finished);
      void finished.then(() => this.rendering.get(key) === finished && this.rendering.delete(key));
    }
    // "close" follows the end of every answer (the page is stored by then) and a broken connection alike.
    res.once("close", () => done());
    this.capture(res, (stored) => this.store(key, { ...stored, version, storedAt: this.now() }));
    render();
  }

  private serve(entry: Entry, req: http.IncomingMessage, res: http.ServerResponse): void {
    const headers: http.OutgoingHttpHeaders = { ...entry.headers };
    const nonce = entry.nonce ? createNonce() : "";
    if (entry.nonce) {
      for (const name of ["content-security-policy", "content-security-policy-report-only"]) {
        const value = headers[name];
        if (typeof value === "string") headers[name] = value.replaceAll(entry.nonce, nonce);
      }
    }
    // The stored parts are sent as they are, the new nonce between them: no copy of the page per answer.
    const between = Buffer.from(nonce, "utf8");
    const chunks = entry.parts.flatMap((part, i) => (i === 0 ? [part] : [between, part]));
    headers["x-seiten-cache"] = "treffer";
    if (acceptsGzip(req.headers)) {
      // Level 4: a third of level 6's time for 8 % more bytes (333 kB of HTML: 1.4 ms, 42 kB).
      const body = gzipSync(Buffer.concat(chunks), { level: 4 });
      headers["content-encoding"] = "gzip";
      headers["content-length"] = String(body.length);
      res.writeHead(200, headers);
      res.end(body);
      return;
    }
    headers["content-length"] = String(chunks.reduce((sum, c) => sum + c.length, 0));
    res.writeHead(200, headers);
    for (const chunk of chunks.slice(0, -1)) res.write(chunk);
    res.end(chunks[chunks.length - 1]);
  }

  /** Collects what Next writes (after its compression) and hands a keepable answer over at the end. */
  private capture(res: http.ServerResponse, keep: (stored: Pick<Entry, "headers" | "parts" | "nonce">) => void): void {
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > maxBytes) overflow = true;
      else chunks.push(buffer);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof res.write;
    res.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      const result = (end as (...args: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
      if (!overflow) keepIfCacheable(res, Buffer.concat(chunks), maxBytes, keep);
      return result;
    } as typeof res.end;
  }

  private store(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    const max = this.options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= max) break;
      this.entries.delete(oldest);
    }
  }
}

/** `raw` as Next sent it (compressed or not); kept when it is a page of at most `maxBytes` uncompressed. */
function keepIfCacheable(res: http.ServerResponse, raw: Buffer, maxBytes: number, keep: (stored: Pick<Entry, "headers" | "parts" | "nonce">) => void): void {
  if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return;
  if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
  let body: Buffer | null;
  try {
    body = decoded(raw, String(res.getHeader("content-encoding") ?? "").toLowerCase(), maxBytes);
  } catch {
    return;
  }
  if (!body || body.length > maxBytes) return;
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(res.getHeaders())) if (!TRANSFER_HEADERS.has(name) && value !== undefined) headers[name] = value;
  const nonce = NONCE_RE.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
  keep({ headers, parts: splitAt(body, nonce), nonce });
}

/** Time to live of a cached page from `PAGE_CACHE_TTL_MS` (milliseconds, 0 turns the cache off); 2 s by default. */
export function pageCacheTtlMs(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 2_000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000) throw new Error(`PAGE_CACHE_TTL_MS muss eine ganze Zahl von 0 bis 60000 sein (Millisekunden), nicht „${value}“.`);
  return ms;
}
