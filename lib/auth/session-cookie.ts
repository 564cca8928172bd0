/**
 * The options of the session cookie „sitzung“: httpOnly (no script reads it), SameSite=Lax (not
 * sent with another site's POST), path / (sign-out at /abmelden needs it too), Secure when the
 * site is reached over HTTPS. No Max-Age: the session ends with the browser or after 8 hours idle
 * on the server (lib/auth/sessions.ts), whichever comes first.
 */
import { type HeaderSource, publicBaseUrl } from "../http/base-url";
import { SESSION_COOKIE_NAME } from "./sessions";

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
}

/** HTTPS: PUBLIC_BASE_URL is https, or (without it) the request came over HTTPS (X-Forwarded-Proto of a proxy). */
export function isHttpsRequest(headers: HeaderSource, publicBaseUrlValue: string | undefined = process.env.PUBLIC_BASE_URL): boolean {
  return publicBaseUrl(headers, undefined, publicBaseUrlValue).url.startsWith("https://");
}

export function sessionCookieOptions(secure: boolean): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure, path: "/" };
}

/** A Set-Cookie value that removes the cookie (for route handlers that build their own response). */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE_NAME}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
