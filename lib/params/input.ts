/**
 * Reading parameter values from what pages and routes receive: URLSearchParams, or Next's
 * searchParams object. Free of zod and server code, so client code may use it too.
 */
export type SearchParamsInput = URLSearchParams | { getAll(name: string): string[] } | Record<string, string | string[] | undefined>;

/** Every value of a parameter, in order. */
export function allValues(input: SearchParamsInput, name: string): string[] {
  if (typeof (input as { getAll?: unknown }).getAll === "function") return (input as { getAll(name: string): string[] }).getAll(name);
  const value = (input as Record<string, string | string[] | undefined>)[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The last non-empty value of a parameter, trimmed, or undefined. */
export function lastValue(input: SearchParamsInput, name: string): string | undefined {
  const values = allValues(input, name)
    .map((v) => v.trim())
    .filter(Boolean);
  return values[values.length - 1];
}

/** The input as URLSearchParams (Next passes pages a plain object). */
export function toSearchParams(input: SearchParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  if (typeof (input as { getAll?: unknown }).getAll === "function") return new URLSearchParams(input as URLSearchParams);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input as Record<string, string | string[] | undefined>)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}
