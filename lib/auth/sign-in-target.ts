/**
 * Where the sign-in page sends its visitor afterwards (`weiter`): only a path of the staff area
 * of this site. Anything else (another host, "//evil.example", a backslash trick, a public page)
 * goes to /verwaltung, so the sign-in cannot be used as an open redirect.
 */
import { PATHS } from "../routes";

const MAX_TARGET_LENGTH = 2000;

export function signInTarget(weiter: unknown): string {
  if (typeof weiter !== "string" || weiter.length > MAX_TARGET_LENGTH) return PATHS.verwaltung;
  // Browsers read "\" as "/" and drop tabs and line breaks in URLs: "/\evil.example" is another host.
  if (/[\\\s]/.test(weiter) || weiter.startsWith("//")) return PATHS.verwaltung;
  let url: URL;
  try {
    url = new URL(weiter, "http://same.invalid");
  } catch {
    return PATHS.verwaltung;
  }
  if (url.origin !== "http://same.invalid") return PATHS.verwaltung;
  const inStaffArea = url.pathname === PATHS.verwaltung || url.pathname.startsWith(`${PATHS.verwaltung}/`);
  return inStaffArea ? `${url.pathname}${url.search}${url.hash}` : PATHS.verwaltung;
}
