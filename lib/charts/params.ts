/**
 * The URL parameter `chart`: what the dashboard's phase chart is stacked by. It is part of the
 * Query (so every link of the page keeps it), but rows, API and export do not depend on it.
 * Free of zod and server code: client components read it with useSearchParams.
 */
export const CHART_PARAM = "chart";

/** Fields the phase chart can be stacked by; the URL spells them as below. */
export const STACK_OPTIONS = [
  { param: "modell", field: "umsetzungsmodell", label: "Umsetzungsmodell" },
  { param: "ressort", field: "ressort", label: "Ressort" },
] as const;

export type StackField = (typeof STACK_OPTIONS)[number]["field"];
export type StackParam = (typeof STACK_OPTIONS)[number]["param"];

export const DEFAULT_STACK: StackField = "umsetzungsmodell";

/** Anything with the values of a parameter: URLSearchParams, ReadonlyURLSearchParams, or Next's searchParams object. */
export type ChartParamsInput = { getAll(name: string): string[] } | Record<string, string | string[] | undefined>;

function lastValue(input: ChartParamsInput, name: string): string | undefined {
  if (typeof input.getAll === "function") {
    const all = (input as { getAll(name: string): string[] }).getAll(name);
    return all[all.length - 1];
  }
  const value = (input as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** The stacking field named by `chart=`; a missing or unknown value gives the default. */
export function parseStackField(input: ChartParamsInput): StackField {
  const raw = lastValue(input, CHART_PARAM)?.trim().toLowerCase();
  return STACK_OPTIONS.find((o) => o.param === raw || o.field.toLowerCase() === raw)?.field ?? DEFAULT_STACK;
}

/** `href` (a path with or without a query) with `chart=` set for `field`, or removed for the default. */
export function withStackParam(href: string, field: StackField): string {
  const [path, search = ""] = href.split("?", 2);
  const params = new URLSearchParams(search);
  params.delete(CHART_PARAM);
  const option = STACK_OPTIONS.find((o) => o.field === field);
  if (option && field !== DEFAULT_STACK) params.set(CHART_PARAM, option.param);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
