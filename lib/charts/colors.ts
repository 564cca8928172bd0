/**
 * Colour tokens of the charts: one fixed colour per value, the same in every chart and on every
 * page. Phases reuse the `--phase-*` variables of globals.css (the table's phase tags use them
 * too); Umsetzungsmodell, Ressort and Priorität get their own `--chart-*` variables, defined
 * once here and set on the charts' container (see chartPaletteStyle). Components only read
 * `colorOf`. Free of server code: client components may import it.
 */
import {
  type ControlledField,
  NOT_SET,
  PHASEN,
  PRIORITAETEN,
  RESSORTS,
  UMSETZUNGSMODELLE,
} from "../vocabulary";

/** Grey for "nicht festgelegt" in every chart, the colour of phase `offen`'s family. */
const NOT_SET_COLOR = "#8a8f98";

/**
 * The palette: CSS variable name → colour. Every colour has at least 3:1 contrast on white, and
 * the values of a stackable field alternate between mid and dark tones so that neighbours in a
 * stack differ by at least 3:1 too (WCAG 1.4.11; checked in colors.test.ts). Where a zero
 * segment brings two other values together, the white gap between segments separates them.
 */
export const CHART_PALETTE: Readonly<Record<string, string>> = {
  "--chart-nicht-festgelegt": NOT_SET_COLOR,
  "--chart-themenfeld": "#0b3a63",
  // Umsetzungsmodell, in vocabulary order: mid, dark, mid, … ("nicht festgelegt", mid, comes last).
  "--chart-modell-1": "#1f9aa8",
  "--chart-modell-2": "#0b3a63",
  "--chart-modell-3": "#e06c00",
  "--chart-modell-4": "#4b2175",
  "--chart-modell-5": "#3a9a5b",
  "--chart-modell-6": "#6b1d1d",
  // Ressort, in vocabulary order (StK … MJ): dark, mid, dark, … ("ohne", mid, comes last).
  "--chart-ressort-stk": "#3b1f5c",
  "--chart-ressort-mi": "#5b8dd6",
  "--chart-ressort-mf": "#6b1d1d",
  "--chart-ressort-ms": "#e06c00",
  "--chart-ressort-mb": "#0b3a63",
  "--chart-ressort-mwl": "#3a9a5b",
  "--chart-ressort-mwu": "#053f3a",
  "--chart-ressort-mid": "#9a7ad0",
  "--chart-ressort-mj": "#4a3300",
  // Priorität, from urgent to less so.
  "--chart-prioritaet-hoch": "#a61b29",
  "--chart-prioritaet-mittel": "#b45309",
  "--chart-prioritaet-niedrig": "#3f7a4a",
};

/** The palette as an inline style: set it on the element that contains the charts. */
export function chartPaletteStyle(): Record<string, string> {
  return { ...CHART_PALETTE };
}

function cssVar(name: string): string {
  return `var(${name})`;
}

/** The colour of a value of a charted field, as a CSS value (`var(--…)`). "" is nicht festgelegt. */
export function colorOf(field: ControlledField, value: string): string {
  if (value === "" || value === NOT_SET) return cssVar("--chart-nicht-festgelegt");
  switch (field) {
    case "phase":
      return (PHASEN as readonly string[]).includes(value) ? cssVar(`--phase-${value.toLowerCase()}`) : cssVar("--phase-offen");
    case "umsetzungsmodell": {
      const i = (UMSETZUNGSMODELLE as readonly string[]).indexOf(value);
      return i >= 0 ? cssVar(`--chart-modell-${i + 1}`) : cssVar("--chart-nicht-festgelegt");
    }
    case "ressort":
      return (RESSORTS as readonly string[]).includes(value) ? cssVar(`--chart-ressort-${value.toLowerCase()}`) : cssVar("--chart-nicht-festgelegt");
    case "prioritaet":
      return (PRIORITAETEN as readonly string[]).includes(value) ? cssVar(`--chart-prioritaet-${value}`) : cssVar("--chart-nicht-festgelegt");
    default:
      return cssVar("--chart-themenfeld");
  }
}
