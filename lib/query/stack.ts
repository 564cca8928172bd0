/**
 * The URL parameter `chart`: what the dashboard's phase chart is stacked by. It is part of the
 * Query (so every link of the page keeps it; lib/query/parse.ts reads it), but rows, API and
 * export do not depend on it.
 */
export const CHART_PARAM = "chart";

/** Fields the phase chart can be stacked by; the URL spells them as below. */
export const STACK_OPTIONS = [
  { param: "modell", field: "umsetzungsmodell", label: "Umsetzungsmodell" },
  { param: "ressort", field: "ressort", label: "Ressort" },
] as const;

export type StackField = (typeof STACK_OPTIONS)[number]["field"];

export const DEFAULT_STACK: StackField = "umsetzungsmodell";

/** The URL parameter that collapses the dashboard's charts to a one-line summary: `diagramme=aus`. */
export const CHARTS_PARAM = "diagramme";
export const CHARTS_HIDDEN = "aus";
export const CHARTS_SHOWN = "an";
