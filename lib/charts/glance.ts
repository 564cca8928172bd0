/**
 * The charts in one sentence, about exactly the services of the table: shown above the charts,
 * and in their place when the user collapses them (`diagramme=aus`). The charts count like
 * facets (without their own field's filter); this sentence counts only the table's services.
 */
import { formatNumber, leistungenCount } from "../format";
import type { BarChartModel } from "./model";
import type { DashboardChartModels } from "./series";
import { germanList } from "./summary";

/** A value's count among the table's services: a field's filter keeps only its selected values. */
function inTable(chart: BarChartModel, value: string): number {
  const hasFilter = chart.values.some((v) => v.selected);
  const v = chart.values.find((x) => x.value === value);
  return !v || (hasFilter && !v.selected) ? 0 : v.count;
}

function present(chart: BarChartModel): number {
  return chart.values.filter((v) => v.value !== "" && inTable(chart, v.value) > 0).length;
}

/** "Von 186 Leistungen sind 51 in Betrieb und 39 hoch priorisiert; sie gehören zu 9 Ressorts und 14 Themenfeldern." */
export function chartsGlance(charts: DashboardChartModels, total: number): string {
  if (total === 0) return "Keine Leistung entspricht der aktuellen Auswahl.";
  const betrieb = inTable(charts.phase, "Betrieb");
  const hoch = inTable(charts.prioritaet, "hoch");
  const ressorts = present(charts.ressort);
  const themen = present(charts.themenfeld);
  const parts = [
    `${betrieb === 0 ? "keine" : formatNumber(betrieb)} in Betrieb`,
    `${hoch === 0 ? "keine" : formatNumber(hoch)} mit hoher Priorität`,
  ];
  const verb = betrieb === 1 ? "ist" : "sind";
  const where = [
    `${formatNumber(ressorts)} ${ressorts === 1 ? "Ressort" : "Ressorts"}`,
    `${formatNumber(themen)} ${themen === 1 ? "Themenfeld" : "Themenfeldern"}`,
  ];
  if (total === 1) return `Die eine Leistung der Tabelle ist ${betrieb ? "in Betrieb" : "nicht in Betrieb"}${hoch ? " und hoch priorisiert" : ""}.`;
  return `Von ${leistungenCount(total)} der Tabelle ${verb} ${germanList(parts)}; sie gehören zu ${germanList(where)}.`;
}
