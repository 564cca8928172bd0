import { describe, expect, it } from "vitest";
import { facetsJson } from "../api/facets";
import type { Dataset } from "../dataset/dataset";
import { EMPTY_QUERY, type Query } from "../query/query";
import { runQuery as runEngine } from "../query/run";
import { NOT_SET, PHASEN, PRIORITAETEN, RESSORTS, THEMENFELDER, UMSETZUNGSMODELLE } from "../vocabulary";
import { sampleDataset } from "./fixtures";
import { DASHBOARD_CROSS_TABS, barChart, dashboardCharts, phaseChart, seriesFor } from "./series";

const dataset = sampleDataset("2022-10-28");

/** The engine as the dashboard runs it: with the cross-tabs of both phase stackings. */
function runQuery(data: Dataset, q: Query) {
  return runEngine(data, q, { crossTabs: DASHBOARD_CROSS_TABS });
}

function query(filters: Query["filters"], q = ""): Query {
  return { ...EMPTY_QUERY, q, filters };
}

const QUERIES: [string, Query][] = [
  ["no filter", query({})],
  ["search", query({}, "Geburt")],
  ["search with umlaut folding", query({}, "einbuergerung")],
  ["a filter on the phase", query({ phase: ["Betrieb"] })],
  ["two phases", query({ phase: ["Planung", "Umsetzung"] })],
  ["a filter on the Ressort", query({ ressort: ["MI"] })],
  ["filters on other fields", query({ themenfeld: ["Familie & Kind"], prioritaet: ["hoch", ""] })],
  ["filters on the charted and other fields", query({ ressort: ["MS", ""], phase: ["Rollout"], umsetzungsmodell: ["EfA-Nachnutzung"] })],
  ["search and filters", query({ prioritaet: ["mittel"] }, "antrag")],
  ["Lebenslage filter", query({ lebenslage: ["Geburt"] })],
  ["OZG-ID selection", { ...query({ phase: ["Betrieb"] }), ozgIds: ["10000", "10026", "10257"] }],
  ["nothing matches", query({}, "gibtesnichtxyz")],
];

const CHARTED = ["phase", "themenfeld", "ressort", "prioritaet"] as const;

/** Facet entries as [value, count], with "" spelled NOT_SET as the facets do. */
function asFacet(values: { value: string; count: number }[]) {
  return values.map((v) => ({ value: v.value === "" ? NOT_SET : v.value, count: v.count }));
}

describe("chart series equal the facet counts of the same query", () => {
  it.each(QUERIES)("%s", (_, q) => {
    const result = runQuery(dataset, q);
    for (const field of CHARTED) {
      expect(asFacet(seriesFor({ dataset, query: q, result }, field)), field).toEqual(facetsJson(dataset, result)[field]);
    }
  });

  it("a chart's total is the number of rows its facet counts: the result without the field's own filter", () => {
    const q = query({ phase: ["Betrieb"], ressort: ["MI"] });
    const result = runQuery(dataset, q);
    const withoutPhase = runQuery(dataset, query({ ressort: ["MI"] }));
    expect(barChart({ dataset, query: q, result }, "phase").total).toBe(withoutPhase.total);
    expect(result.total).toBeLessThan(withoutPhase.total);
  });
});

describe("one truth per screen: each chart agrees with the table, or says which filter it leaves out", () => {
  it.each(QUERIES)("%s", (_, q) => {
    const result = runQuery(dataset, q);
    const charts = dashboardCharts({ dataset, query: q, result });
    for (const chart of [charts.phase, charts.themenfeld, charts.ressort, charts.prioritaet]) {
      const selected = chart.values.filter((v) => v.selected);
      if (selected.length === 0) {
        expect(chart.total, chart.id).toBe(result.total);
        expect(chart.summary, chart.id).not.toContain("Ohne den Filter");
      } else {
        expect(selected.reduce((n, v) => n + v.count, 0), chart.id).toBe(result.total);
        expect(chart.summary.startsWith(`Ohne den Filter „${chart.fieldLabel}“ gezählt: `), chart.id).toBe(true);
        expect(chart.selectionNote, chart.id).toContain(`${result.total === 1 ? "die 1 Leistung" : `die ${result.total} Leistungen`} der Tabelle`);
      }
    }
  });
});

describe("stacked phase chart: cross-tab over the phase facet's rows", () => {
  it.each(QUERIES)("per phase, the stack sums to the phase facet count (%s)", (_, q) => {
    const result = runQuery(dataset, q);
    const chart = phaseChart({ dataset, query: q, result }, ["umsetzungsmodell", "ressort"]);
    const phaseFacet = facetsJson(dataset, result).phase.map((f) => f.count);
    expect(chart.stacks).toHaveLength(2);
    for (const stack of chart.stacks) {
      expect(stack.counts.map((row) => row.reduce((a, b) => a + b, 0)), stack.field).toEqual(phaseFacet);
      expect(stack.segments.reduce((sum, s) => sum + s.count, 0)).toBe(chart.total);
    }
  });

  it("the raw cross-tab sums to the phase facet counts by dictionary code", () => {
    const q = query({ prioritaet: ["hoch"] }, "kind");
    const result = runQuery(dataset, q);
    const tab = result.crossTabs.find((t) => t.rowField === "phase" && t.colField === "umsetzungsmodell")!;
    tab.counts.forEach((row, code) => expect(row.reduce((a, b) => a + b, 0)).toBe(result.facetCounts.phase[code]));
  });

  it("counts a pair once per row: phase Betrieb × Ressort MI equals the rows with both", () => {
    const both = runQuery(dataset, query({ phase: ["Betrieb"], ressort: ["MI"] })).total;
    const chart = phaseChart({ dataset, query: EMPTY_QUERY, result: runQuery(dataset, EMPTY_QUERY) }, ["ressort"]);
    const bar = chart.values.findIndex((v) => v.value === "Betrieb");
    const segment = chart.stacks[0].segments.findIndex((s) => s.value === "MI");
    expect(chart.stacks[0].counts[bar][segment]).toBe(both);
  });
});

describe("vocabulary order, labels and colours", () => {
  const charts = dashboardCharts({ dataset, query: EMPTY_QUERY, result: runQuery(dataset, EMPTY_QUERY) });

  it("orders bars as the vocabulary, nicht festgelegt last", () => {
    expect(charts.phase.values.map((v) => v.value)).toEqual([...PHASEN]);
    expect(charts.themenfeld.values.map((v) => v.value)).toEqual([...THEMENFELDER]);
    expect(charts.ressort.values.map((v) => v.value)).toEqual([...RESSORTS, ""]);
    expect(charts.prioritaet.values.map((v) => v.value)).toEqual([...PRIORITAETEN, ""]);
    expect(charts.phase.stacks[0].segments.map((v) => v.value)).toEqual([...UMSETZUNGSMODELLE, ""]);
    expect(charts.phase.stacks[1].segments.map((v) => v.value)).toEqual([...RESSORTS, ""]);
  });

  it("labels Ressorts by abbreviation on the axis and by name elsewhere", () => {
    const mi = charts.ressort.values.find((v) => v.value === "MI")!;
    expect(mi.axisLabel).toBe("MI");
    expect(mi.label).toBe("Ministerium für Inneres und Sport");
    expect(charts.ressort.values.at(-1)!.label).toBe(NOT_SET);
    expect(charts.ressort.values.at(-1)!.axisLabel).toBe("ohne");
  });

  it("gives a value the same colour in every chart", () => {
    const mi = charts.ressort.values.find((v) => v.value === "MI")!;
    const miSegment = charts.phase.stacks[1].segments.find((v) => v.value === "MI")!;
    expect(mi.color).toBe(miSegment.color);
    expect(charts.phase.values.find((v) => v.value === "Betrieb")!.color).toBe("var(--phase-betrieb)");
    expect(new Set(charts.ressort.values.map((v) => v.color)).size).toBe(RESSORTS.length + 1);
    expect(new Set(charts.phase.stacks[0].segments.map((v) => v.color)).size).toBe(UMSETZUNGSMODELLE.length + 1);
  });

  it("charts the themes with long labels horizontally", () => {
    expect(charts.themenfeld.horizontal).toBe(true);
    expect(charts.phase.horizontal).toBe(false);
  });
});

describe("toggle links and highlighting", () => {
  it("links each bar to the view with its value toggled, like the facets", () => {
    const q = query({ phase: ["Betrieb"] }, "schein");
    const chart = barChart({ dataset, query: q, result: runQuery(dataset, q) }, "phase");
    const betrieb = chart.values.find((v) => v.value === "Betrieb")!;
    const planung = chart.values.find((v) => v.value === "Planung")!;
    expect(betrieb.selected).toBe(true);
    expect(planung.selected).toBe(false);
    expect(betrieb.href).toBe("/?q=schein");
    expect(planung.href).toBe("/?q=schein&phase=Planung&phase=Betrieb");
    expect(chart.selectionNote).toContain("Betrieb");
  });

  it("toggles nicht festgelegt as the empty value", () => {
    const chart = barChart({ dataset, query: EMPTY_QUERY, result: runQuery(dataset, EMPTY_QUERY) }, "ressort");
    expect(chart.values.at(-1)!.href).toBe("/?ressort=nicht+festgelegt");
    expect(chart.selectionNote).toBeNull();
  });

  it("links stack segments to their own field's filter", () => {
    const chart = phaseChart({ dataset, query: EMPTY_QUERY, result: runQuery(dataset, EMPTY_QUERY) }, ["umsetzungsmodell"]);
    expect(chart.stacks[0].segments[0].href).toBe("/?umsetzungsmodell=EfA-Nachnutzung");
  });

  it("keeps the Stand and resets the page", () => {
    const q: Query = { ...query({}), stand: "2022-09-30", page: 3 };
    const chart = barChart({ dataset, query: q, result: runQuery(dataset, q) }, "prioritaet");
    expect(chart.values[0].href).toBe("/?prioritaet=hoch&stand=2022-09-30");
  });
});
