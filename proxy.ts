import { type NextRequest, NextResponse } from "next/server";

/**
 * An address with a broken percent-encoding (`/ressorts/%E0%A4%A`) cannot be decoded into route
 * parameters; Next would answer with a bare 500. Answer such a user mistake with a 400 in German.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ungültige Adresse</title></head><body><main><h1>Ungültige Adresse</h1><p>Die Adresse enthält eine fehlerhafte Zeichenkodierung (ein „%“ ohne gültigen Code dahinter) und kann nicht gelesen werden.</p><p><a href="/">Zur Übersicht</a></p></main></body></html>`;
    return new NextResponse(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}

export const config = {
  // Pages and API routes; not the build's static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
