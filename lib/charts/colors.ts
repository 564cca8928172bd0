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

/** The palette: CSS variable name → colour. All colours have at least 3:1 contrast on white. */
export const CHART_PALETTE: Readonly<Record<string, string>> = {
  "--chart-nicht-festgelegt": NOT_SET_COLOR,
  "--chart-themenfeld": "#0b3a63",
  // Umsetzungsmodell, in vocabulary order.
  "--chart-modell-1": "#2563eb",
  "--chart-modell-2": "#7c3aed",
  "--chart-modell-3": "#b45309",
  "--chart-modell-4": "#0f766e",
  "--chart-modell-5": "#be123c",
  "--chart-modell-6": "#4d7c0f",
  // Ressort, in vocabulary order (StK … MJ).
  "--chart-ressort-stk": "#6b21a8",
  "--chart-ressort-mi": "#1d4ed8",
  "--chart-ressort-mf": "#b45309",
  "--chart-ressort-ms": "#be123c",
  "--chart-ressort-mb": "#0f766e",
  "--chart-ressort-mwl": "#4d7c0f",
  "--chart-ressort-mwu": "#a16207",
  "--chart-ressort-mid": "#0b3a63",
  "--chart-ressort-mj": "#a21caf",
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
