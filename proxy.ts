import { type NextRequest, NextResponse } from "next/server";
import { type Answer, htmlAnswer, jsonAnswer, toResponse } from "@/lib/http/answers";
import { ALLOW_READ, isApiPath, methodAllowed, methodNotAllowed } from "@/lib/http/methods";
import { MAX_REQUEST_BYTES, bodyTooLarge, exceedsLimit } from "@/lib/http/request-size";
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
    const tooLarge = bodyTooLarge(MAX_REQUEST_BYTES, Number.isFinite(declared) ? declared : undefined);
    if (isApiPath(pathname)) return answer(jsonAnswer(413, tooLarge));
    // A server action shows a text answer as its error message; a plain form gets a page.
    if (request.headers.has("next-action")) {
      return answer({ status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, body: tooLarge });
    }
    return answer(htmlAnswer(413, "Datei zu groß", [tooLarge]));
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
  // Pages, API routes and the image optimiser's address; not the build's static files.
  matcher: ["/((?!_next/static).*)"],
};
