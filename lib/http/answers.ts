/**
 * Answers that the proxy and the HTTP guard give before a page or route runs: small German
 * HTML pages for browsers, `{ "error": "…" }` for the API, never an empty body or a stack trace.
 */

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  // These pages have no script and no style: nothing may run or load.
  "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A complete German HTML page with a heading, paragraphs and a link to the overview. */
export function htmlAnswer(status: number, title: string, paragraphs: readonly string[], headers: Record<string, string> = {}): Answer {
  const body =
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} – OZG-Nachnutzungsübersicht Sachsen-Anhalt</title></head><body><main><h1>${escapeHtml(title)}</h1>` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
    `<p><a href="/">Zur Übersicht</a></p></main></body></html>`;
  return {
    status,
    headers: { ...SECURITY_HEADERS, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
    body,
  };
}

export function jsonAnswer(status: number, error: string, headers: Record<string, string> = {}): Answer {
  return {
    status,
    headers: { ...SECURITY_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
    body: JSON.stringify({ error }),
  };
}

export function toResponse(answer: Answer, head = false): Response {
  // 204 and 304 have no body by definition; HEAD gets the headers only.
  const empty = head || answer.status === 204 || answer.status === 304;
  return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
}
