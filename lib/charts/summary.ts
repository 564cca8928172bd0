/**
 * One German sentence per chart, computed from its numbers, for screen readers and for anyone
 * who reads rather than looks: the total, the largest group(s), and the value that matters most
 * for the field (Betrieb for phases, unassigned services for Ressorts).
 */
import { formatNumber, leistungenCount } from "../format";
import { THEMENFELDER } from "../vocabulary";
import type { ChartId } from "./model";

export interface SummaryValue {
  /** Filter value; "" is "nicht festgelegt". */
  value: string;
  label: string;
  shortLabel: string;
  count: number;
}

const NONE = "Keine Leistung entspricht der aktuellen Auswahl.";

/** "A", "A und B", "A, B und C" */
export function germanList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`;
}

/** The values with the highest count (several on a tie), ignoring "nicht festgelegt". */
function largest(values: readonly SummaryValue[]): { count: number; values: SummaryValue[] } {
  const set = values.filter((v) => v.value !== "");
  const count = Math.max(0, ...set.map((v) => v.count));
  return { count, values: count === 0 ? [] : set.filter((v) => v.count === count) };
}

function countOf(values: readonly SummaryValue[], value: string): number {
  return values.find((v) => v.value === value)?.count ?? 0;
}

/** "ist 1", "sind 5", "ist keine" – verb and number for a part of the services. */
function isAre(count: number): string {
  if (count === 0) return "ist keine";
  return `${count === 1 ? "ist" : "sind"} ${formatNumber(count)}`;
}

function phaseSummary(values: readonly SummaryValue[], total: number): string {
  const top = largest(values);
  const names = top.values.map((v) => v.label);
  if (total === 1) return `Die eine Leistung der Auswahl ist in der Phase ${names[0]}.`;
  const where = names.length === 1 ? `in der Phase ${names[0]}` : `in den Phasen ${germanList(names)}`;
  return `Von ${leistungenCount(total)} ${isAre(countOf(values, "Betrieb"))} in Betrieb; die meisten (${formatNumber(top.count)}) ${where}.`;
}

function themenfeldSummary(values: readonly SummaryValue[], total: number): string {
  const top = largest(values);
  const names = top.values.map((v) => v.label);
  const present = values.filter((v) => v.value !== "" && v.count > 0).length;
  if (total === 1) return `Die eine Leistung der Auswahl gehört zum Themenfeld ${names[0]}.`;
  if (present === 1) return `Alle ${leistungenCount(total)} gehören zum Themenfeld ${names[0]}.`;
  const where = names.length === 1 ? `zum Themenfeld ${names[0]}` : `zu den Themenfeldern ${germanList(names)}`;
  return `Die ${leistungenCount(total)} verteilen sich auf ${formatNumber(present)} von ${THEMENFELDER.length} Themenfeldern; die meisten (${formatNumber(top.count)}) gehören ${where}.`;
}

function ressortName(v: SummaryValue): string {
  return v.label === v.shortLabel ? v.label : `${v.shortLabel} (${v.label})`;
}

function ressortSummary(values: readonly SummaryValue[], total: number): string {
  const top = largest(values);
  const names = top.values.map(ressortName);
  const present = values.filter((v) => v.value !== "" && v.count > 0).length;
  const unassigned = countOf(values, "");
  const rest = unassigned > 0 ? `; ${formatNumber(unassigned)} ${unassigned === 1 ? "ist" : "sind"} keinem Ressort zugeordnet` : "";
  if (present === 0) {
    return total === 1 ? "Die eine Leistung der Auswahl ist keinem Ressort zugeordnet." : `Alle ${leistungenCount(total)} sind keinem Ressort zugeordnet.`;
  }
  if (total === 1) return `Die eine Leistung der Auswahl gehört zum Ressort ${names[0]}.`;
  if (present === 1) {
    return unassigned === 0
      ? `Alle ${leistungenCount(total)} gehören zum Ressort ${names[0]}.`
      : `Von ${leistungenCount(total)} gehören ${formatNumber(top.count)} zum Ressort ${names[0]}${rest}.`;
  }
  const where = names.length === 1 ? `im Ressort ${names[0]}` : `in den Ressorts ${germanList(names)}`;
  return `Die ${leistungenCount(total)} verteilen sich auf ${formatNumber(present)} Ressorts, die meisten (${formatNumber(top.count)}) ${where}${rest}.`;
}

function prioritaetSummary(values: readonly SummaryValue[], total: number): string {
  const set = values.filter((v) => v.value !== "");
  const unassigned = countOf(values, "");
  if (total === 1) {
    const only = set.find((v) => v.count === 1);
    return only ? `Die eine Leistung der Auswahl hat die Priorität ${only.label}.` : "Für die eine Leistung der Auswahl ist keine Priorität festgelegt.";
  }
  if (set.every((v) => v.count === 0)) return `Für keine der ${leistungenCount(total)} ist eine Priorität festgelegt.`;
  const [first, ...others] = set;
  const parts = [`${formatNumber(first.count)} die Priorität ${first.label}`, ...others.map((v) => `${formatNumber(v.count)} ${v.label}`)];
  const verb = first.count === 1 ? "hat" : "haben";
  const rest = unassigned > 0 ? `; bei ${formatNumber(unassigned)} ist sie nicht festgelegt` : "";
  return `Von ${leistungenCount(total)} ${verb} ${germanList(parts)}${rest}.`;
}

/** The summary sentence of a chart; `total` is the number of services the chart counts. */
export function chartSummary(id: ChartId, values: readonly SummaryValue[], total: number): string {
  if (total === 0) return NONE;
  switch (id) {
    case "phase":
      return phaseSummary(values, total);
    case "themenfeld":
      return themenfeldSummary(values, total);
    case "ressort":
      return ressortSummary(values, total);
    case "prioritaet":
      return prioritaetSummary(values, total);
  }
}

/**
 * The summary as it is shown: when the chart's own field has a filter, the chart counts more
 * services than the table (it leaves that filter out, like the facets), and the sentence says so
 * first, so that no two numbers on the screen seem to contradict each other.
 */
export function scopedSummary(sentence: string, fieldLabel: string, ownFilterActive: boolean): string {
  return ownFilterActive ? `Ohne den Filter „${fieldLabel}“ gezählt: ${sentence}` : sentence;
}

/**
 * Said when a charted field has a filter: which bars are highlighted, and that together they are
 * the services of the table (for a single-valued field the selected bars add up to its total).
 */
export function selectionNote(selected: readonly SummaryValue[]): string | null {
  if (selected.length === 0) return null;
  const names = germanList(selected.map((v) => v.label));
  const sum = selected.reduce((n, v) => n + v.count, 0);
  const rows = sum === 1 ? "die 1 Leistung der Tabelle" : `die ${formatNumber(sum)} Leistungen der Tabelle`;
  return `Gewählt und hervorgehoben: ${names} – ${selected.length === 1 ? "das sind" : "zusammen"} ${rows}.`;
}
