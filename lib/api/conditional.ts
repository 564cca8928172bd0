/**
 * Conditional GET for the JSON API: a 304 without a body when the client already has the
 * answer's ETag (json.ts: a hash of the body). The comparison is lib/http/conditional.ts's.
 */
import { isNotModified } from "../http/conditional";

export function conditional(request: Request, response: Response): Response {
  const etag = response.headers.get("etag");
  if (!etag || response.status !== 200 || !isNotModified(request.headers, { etag })) return response;
  const headers = new Headers();
  for (const name of ["etag", "cache-control", "vary"]) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  void response.body?.cancel();
  return new Response(null, { status: 304, headers });
}
