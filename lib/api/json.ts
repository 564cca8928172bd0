/** JSON responses of the API, with the German error shape `{ "error": "…" }`. */
import { createHash } from "node:crypto";
import { DATA_RETRY_AFTER_SECONDS } from "../http/response-override";
import type { ParamProblem } from "../params/problem";
import { DataSourceError } from "../store/errors";

/**
 * Successful answers may be kept but must be revalidated (`no-cache`), with an ETag of the
 * body, so a client asking again with If-None-Match gets a 304 without the body (conditional.ts).
 * Errors are not kept (`no-store`).
 */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const ok = status >= 200 && status < 300;
  const caching: Record<string, string> = ok
    ? { "Cache-Control": "no-cache", ETag: `"${createHash("sha1").update(text).digest("base64url")}"` }
    : { "Cache-Control": "no-store" };
  return new Response(text, { status, headers: { "Content-Type": "application/json", ...caching, ...headers } });
}

export function badRequest(problems: ParamProblem[]): Response {
  return json({ error: problems.map((p) => p.message).join(" "), problems }, 400);
}

/** A broken data folder is the operator's problem, not the caller's: 503 with the reason. */
export function dataError(error: unknown): Response {
  if (error instanceof DataSourceError) return json({ error: error.message }, 503, { "Retry-After": String(DATA_RETRY_AFTER_SECONDS) });
  throw error;
}
