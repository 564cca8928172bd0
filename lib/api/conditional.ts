/** Conditional GET: a 304 without a body when the client already has this ETag. */

function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): W/"x" and "x" are the same representation.
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

export function conditional(request: Request, response: Response): Response {
  const etag = response.headers.get("etag");
  const ifNoneMatch = request.headers.get("if-none-match");
  if (!etag || !ifNoneMatch || response.status !== 200 || !matches(ifNoneMatch, etag)) return response;
  const headers = new Headers();
  for (const name of ["etag", "cache-control", "vary"]) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  void response.body?.cancel();
  return new Response(null, { status: 304, headers });
}
