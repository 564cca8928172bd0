import { describe, expect, it } from "vitest";
import { EMPTY_QUERY, type Query } from "../query/query";
import { runQuery } from "../query/run";
import { sampleDataset } from "./fixtures";
import { chartsGlance } from "./glance";
import { DASHBOARD_CROSS_TABS, dashboardCharts } from "./series";

const dataset = sampleDataset("2022-10-28");

function glance(query: Query): { text: string; total: number } {
  const result = runQuery(dataset, query, { crossTabs: DASHBOARD_CROSS_TABS });
  return { text: chartsGlance(dashboardCharts({ dataset, query, result }), result.total), total: result.total };
}

/** The table's services that also have `field = value` (both filters apply). */
function alsoWith(query: Query, field: "phase" | "prioritaet", value: string): number {
  const own = query.filters[field];
  if (own && !own.includes(value)) return 0;
  return runQuery(dataset, { ...query, filters: { ...query.filters, [field]: [value] } }).total;
}

describe("chartsGlance: one sentence about the table's services", () => {
  it.each<[string, Query]>([
    ["no filter", EMPTY_QUERY],
    ["a phase filter (the phase chart counts more, the sentence does not)", { ...EMPTY_QUERY, filters: { phase: ["Rollout", "Betrieb"] } }],
    ["a priority filter without hoch", { ...EMPTY_QUERY, filters: { prioritaet: ["mittel"] } }],
    ["search and Ressort", { ...EMPTY_QUERY, q: "antrag", filters: { ressort: ["MI", "MS"] } }],
  ])("%s", (_, query) => {
    const { text, total } = glance(query);
    const number = (n: number) => (n === 0 ? "keine" : n.toLocaleString("de-DE"));
    expect(text).toContain(`Von ${total.toLocaleString("de-DE")} Leistungen der Tabelle`);
    expect(text).toContain(`${number(alsoWith(query, "phase", "Betrieb"))} in Betrieb`);
    expect(text).toContain(`${number(alsoWith(query, "prioritaet", "hoch"))} mit hoher Priorität`);
  });

  it("names the Ressorts and Themenfelder the table's services belong to", () => {
    expect(glance({ ...EMPTY_QUERY, filters: { ressort: ["MI"], themenfeld: ["Bildung", "Familie & Kind"] } }).text).toMatch(/zu 1 Ressort und [12] Themenfeld/);
  });

  it("says when nothing matches", () => {
    expect(glance({ ...EMPTY_QUERY, q: "gibtesnichtxyz" }).text).toBe("Keine Leistung entspricht der aktuellen Auswahl.");
  });
});
