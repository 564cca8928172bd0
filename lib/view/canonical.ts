/** One address per view: the canonical URL of a parsed query, for a redirect when the request differs. */
import { type SearchParamsInput, toSearchParams as inputToSearchParams } from "../params/input";
import type { ParsedQuery } from "../params/query";
import { queryHref } from "../routes";

/**
 * The canonical URL when the requested one differs (defaults, empty values, unknown parameters,
 * other order), so every view has exactly one address. Null when already canonical or when a
 * parameter was invalid: then the page stays put and explains the problem instead.
 */
export function canonicalRedirect(path: string, input: SearchParamsInput, parsed: ParsedQuery): string | null {
  if (parsed.problems.length > 0) return null;
  const canonical = queryHref(parsed.query, path);
  const requested = inputToSearchParams(input).toString();
  const current = requested ? `${path}?${requested}` : path;
  return canonical === current ? null : canonical;
}
