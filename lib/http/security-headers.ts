/**
 * The per-request security headers of pages and API answers: a Content-Security-Policy with a
 * fresh nonce (Next reads it from the request's CSP header and puts it on its own scripts), and
 * Strict-Transport-Security when the request came over HTTPS.
 */

/** 16 random bytes, base64: unguessable and new for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts only from this host and only with the nonce (no 'unsafe-inline'). Styles: style sheets
 * from this host and `<style>` elements with the nonce; style *attributes* stay allowed
 * (style-src-attr), because the server-rendered chart parts carry their colours and heights as
 * style attributes (the legend swatches' `background: var(--chart-…)`, the palette's custom
 * properties, the drawing box's height): without it the browser blocks 46 of them on the
 * dashboard. Recharts itself sets its styles through the CSSOM, which CSP does not restrict.
 * In development React needs eval for its error overlay.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export const DEFAULT_HSTS_MAX_AGE = 31_536_000;

/**
 * HSTS: environment variable HSTS = "auto" (default: only when the request came over HTTPS,
 * also as told by a reverse proxy in X-Forwarded-Proto), "always" or "off"; HSTS_MAX_AGE in
 * seconds (default one year). Browsers ignore the header over plain HTTP, so trusting
 * X-Forwarded-Proto cannot hurt.
 */
export function strictTransportSecurity(
  protocol: string,
  forwardedProto: string | null,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const mode = (env.HSTS ?? "auto").trim().toLowerCase();
  if (mode === "off" || mode === "0" || mode === "false") return null;
  const https = protocol === "https:" || forwardedProto?.split(",")[0].trim().toLowerCase() === "https";
  if (mode !== "always" && mode !== "on" && !https) return null;
  const maxAge = Number(env.HSTS_MAX_AGE);
  return `max-age=${Number.isInteger(maxAge) && maxAge >= 0 ? maxAge : DEFAULT_HSTS_MAX_AGE}`;
}
