import { type NextRequest, NextResponse } from "next/server";
import { type Answer, htmlAnswer, toResponse } from "@/lib/http/answers";
import { ALLOW_READ, isApiPath, methodAllowed, methodNotAllowed } from "@/lib/http/methods";
import { exceedsLimit, tooLargeAnswer } from "@/lib/http/request-size";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "@/lib/http/security-headers";

/**
 * Runs before every page and API route (not the build's static files). Answers in German what
 * must not reach a page: a broken percent-encoding (400), the image optimiser that this app does
 * not use (404), a method the path does not take (405), a body over the upload limit (413, also
 * when it is streamed without Content-Length). Everything else goes on with a per-request CSP
 * nonce and HSTS.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const method = request.method.toUpperCase();
  const head = method === "HEAD";
  const hsts = strictTransportSecurity(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  const answer = (a: Answer) => {
    if (hsts) a.headers["Strict-Transport-Security"] = hsts;
    return toResponse(a, head);
  };

  try {
    decodeURIComponent(pathname);
  } catch {
    return answer(
      htmlAnswer(400, "Ungültige Adresse", [
        "Die Adresse enthält eine fehlerhafte Zeichenkodierung (ein „%“ ohne gültigen Code dahinter) und kann nicht gelesen werden.",
      ]),
    );
  }
  if (pathname === "/_next/image" || pathname.startsWith("/_next/image/")) {
    return answer(htmlAnswer(404, "Seite nicht gefunden", ["Diese Anwendung verkleinert keine Bilder; die Adresse gibt es nicht."]));
  }
  if (!methodAllowed(method, pathname, request.headers)) return answer(methodNotAllowed(method, pathname));
  if (method === "OPTIONS" && !isApiPath(pathname)) {
    return answer({ status: 204, headers: { Allow: ALLOW_READ, "Cache-Control": "no-store" }, body: "" });
  }
  if (method !== "GET" && method !== "HEAD" && (await exceedsLimit(request))) {
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    return answer(tooLargeAnswer(pathname, request.headers.has("next-action"), Number.isFinite(declared) ? declared : undefined));
  }

  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  // Next takes the nonce for its scripts from the request's CSP header.
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages, API routes and the image optimiser's address; not the build's static files. Not
      // a server action called by the browser either (header Next-Action): its answer is no page
      // (no CSP needed), and Next would copy its body (25 MB for "Datei prüfen") into memory
      // twice for the proxy. Its size is checked by the HTTP guard (Content-Length, which
      // browsers send) and by Next's own limit for server actions.
      source: "/((?!_next/static).*)",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
