/**
 * Which HTTP methods a path accepts, and the German 405 for the others (TRACE included, which
 * the HTTP guard answers because Next fails on it before the proxy runs).
 */
import { type Answer, htmlAnswer, jsonAnswer } from "./answers";

/** What every page and read-only API route answers. */
export const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;
export const ALLOW_READ = READ_METHODS.join(", ");

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** True for a POST that a page may receive: a server action or a plain HTML form (Datei prüfen without JavaScript). */
export function isFormPost(headers: Headers): boolean {
  if (headers.has("next-action")) return true;
  const type = (headers.get("content-type") ?? "").toLowerCase();
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/**
 * Whether the proxy lets the request through. Pages are read, and take a POST only as a form
 * or a server action. API routes decide for themselves (a route exports the methods it has;
 * the read-only ones refuse the rest in German with lib/api/read-only.ts), so that a route that
 * accepts writes needs no change here.
 */
export function methodAllowed(method: string, pathname: string, headers: Headers): boolean {
  if ((READ_METHODS as readonly string[]).includes(method)) return true;
  if (isApiPath(pathname)) return method !== "TRACE" && method !== "TRACK" && method !== "CONNECT";
  return method === "POST" && isFormPost(headers);
}

export function methodNotAllowed(method: string, pathname: string, allow: string = ALLOW_READ): Answer {
  const shown = method.replace(/[^A-Za-z-]/g, "").slice(0, 20) || "?";
  const message = `Die Methode ${shown} ist hier nicht erlaubt. Erlaubt: ${allow}.`;
  const headers = { Allow: allow };
  return isApiPath(pathname) ? jsonAnswer(405, message, headers) : htmlAnswer(405, "Methode nicht erlaubt", [message], headers);
}
