import type { SearchParamsInput } from "../query/parse";
import { hrefFor } from "../query/query";
import type { OverviewView } from "./overview-view";

function asSearchParams(input: SearchParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/**
 * The canonical URL when the requested one differs (defaults, empty values, unknown parameters,
 * other order), so every view has exactly one address. Null when already canonical or when a
 * parameter was invalid: then the page stays put and explains the problem instead.
 */
export function canonicalRedirect(path: string, input: SearchParamsInput, view: Pick<OverviewView, "query" | "problems">): string | null {
  if (view.problems.length > 0) return null;
  const canonical = hrefFor(path, view.query);
  const requested = asSearchParams(input).toString();
  const current = requested ? `${path}?${requested}` : path;
  return canonical === current ? null : canonical;
}
