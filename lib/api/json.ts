/** JSON responses of the API, with the German error shape `{ "error": "…" }`. */
import type { ParamProblem } from "../params/problem";
import { DataSourceError } from "../store/errors";

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function badRequest(problems: ParamProblem[]): Response {
  return json({ error: problems.map((p) => p.message).join(" "), problems }, 400);
}

/** A broken data folder is the operator's problem, not the caller's: 503 with the reason. */
export function dataError(error: unknown): Response {
  if (error instanceof DataSourceError) return json({ error: error.message }, 503);
  throw error;
}
