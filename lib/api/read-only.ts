/**
 * Handlers for the methods a read-only API route does not have: a German 405 with Allow,
 * instead of Next's empty one. A route re-exports them: `export { POST, PUT, DELETE, PATCH } from …`.
 */
import { toResponse } from "../http/answers";
import { methodNotAllowed } from "../http/methods";

function refuse(request: Request): Response {
  return toResponse(methodNotAllowed(request.method, new URL(request.url).pathname));
}

export { refuse as DELETE, refuse as PATCH, refuse as POST, refuse as PUT };

/** For a route that only takes form posts (the report download of "Datei prüfen"). */
export function postOnly(request: Request): Response {
  return toResponse(methodNotAllowed(request.method, new URL(request.url).pathname, "POST, OPTIONS"));
}
