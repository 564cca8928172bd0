/**
 * The spoken name of a chart's value link, in one text (the link's aria-label): field, value
 * (with the long form of an abbreviation), count and what following it does. It contains the
 * visible words in order (WCAG 2.5.3, label in name).
 */
import type { ChartValue } from "../charts/model";
import { formatNumber } from "../format";

export function chartLinkName(fieldLabel: string, value: Pick<ChartValue, "label" | "shortLabel" | "count" | "selected">, counts: boolean): string {
  const name = value.shortLabel !== value.label ? `${value.shortLabel} (${value.label})` : value.label;
  const count = counts ? ` ${formatNumber(value.count)} ${value.count === 1 ? "Leistung" : "Leistungen"}` : "";
  return `${fieldLabel}: ${name}${count}${value.selected ? ", ausgewählt – Filter entfernen" : " – als Filter wählen"}`;
}
