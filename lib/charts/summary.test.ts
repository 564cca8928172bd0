import { describe, expect, it } from "vitest";
import { EMPTY_QUERY, type Query } from "../query/query";
import { runQuery } from "../query/run";
import { datasetFromCsv } from "./fixtures";
import type { ChartId } from "./model";
import { barChart } from "./series";
import { germanList, selectionNote } from "./summary";

// OZG-ID;Leistung;Themenfeld;Lebenslage;Ressort;Priorität;Phase;Umsetzungsmodell;Nachnutzbar;Bemerkung
const small = datasetFromCsv("2022-10-28", [
  "1;Elterngeld;Familie & Kind;Geburt;MS;hoch;Betrieb;EfA-Nachnutzung;ja;",
  "2;Kindergeld;Familie & Kind;Geburt;MS;mittel;Betrieb;Bundeslösung;nein;",
  "3;Wohngeld;Bauen & Wohnen;;MI;hoch;Umsetzung;Landeslösung;;",
  "4;Baugenehmigung;Bauen & Wohnen;;MI;;Planung;;;",
  "5;Hundesteuer;Steuern & Zoll;;;niedrig;;Kommunale Lösung;ja;",
]);

function summary(id: ChartId, query: Query = EMPTY_QUERY, dataset = small): string {
  return barChart({ dataset, query, result: runQuery(dataset, query) }, id).summary;
}

describe("chart summaries on a hand-built Stand", () => {
  it("phase: total, in Betrieb, the largest phase", () => {
    expect(summary("phase")).toBe("Von 5 Leistungen sind 2 in Betrieb; die meisten (2) in der Phase Betrieb.");
  });

  it("phase: ties name every largest phase; none in Betrieb", () => {
    const q = { ...EMPTY_QUERY, filters: { themenfeld: ["Bauen & Wohnen", "Steuern & Zoll"] } };
    expect(summary("phase", q)).toBe("Von 3 Leistungen ist keine in Betrieb; die meisten (1) in den Phasen offen, Planung und Umsetzung.");
  });

  it("phase: one service", () => {
    expect(summary("phase", { ...EMPTY_QUERY, q: "Wohngeld" })).toBe("Die eine Leistung der Auswahl ist in der Phase Umsetzung.");
  });

  it("no service", () => {
    expect(summary("phase", { ...EMPTY_QUERY, q: "nichts" })).toBe("Keine Leistung entspricht der aktuellen Auswahl.");
  });

  it("themenfeld: spread and the largest themes", () => {
    expect(summary("themenfeld")).toBe(
      "Die 5 Leistungen verteilen sich auf 3 von 14 Themenfeldern; die meisten (2) gehören zu den Themenfeldern Bauen & Wohnen und Familie & Kind.",
    );
    expect(summary("themenfeld", { ...EMPTY_QUERY, filters: { ressort: ["MS"] } })).toBe("Alle 2 Leistungen gehören zum Themenfeld Familie & Kind.");
  });

  it("ressort: names the Ressort with its abbreviation and counts the unassigned", () => {
    expect(summary("ressort")).toBe(
      "Die 5 Leistungen verteilen sich auf 2 Ressorts, die meisten (2) in den Ressorts MI (Ministerium für Inneres und Sport) und MS (Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung); 1 ist keinem Ressort zugeordnet.",
    );
    expect(summary("ressort", { ...EMPTY_QUERY, filters: { themenfeld: ["Familie & Kind"] } })).toBe(
      "Alle 2 Leistungen gehören zum Ressort MS (Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung).",
    );
    expect(summary("ressort", { ...EMPTY_QUERY, q: "Hundesteuer" })).toBe("Die eine Leistung der Auswahl ist keinem Ressort zugeordnet.");
  });

  it("prioritaet: every priority in order, then the unassigned", () => {
    expect(summary("prioritaet")).toBe("Von 5 Leistungen haben 2 die Priorität hoch, 1 mittel und 1 niedrig; bei 1 ist sie nicht festgelegt.");
    expect(summary("prioritaet", { ...EMPTY_QUERY, q: "Baugenehmigung" })).toBe("Für die eine Leistung der Auswahl ist keine Priorität festgelegt.");
  });

  it("counts like the facet, and says so: the chart's own filter does not narrow its summary", () => {
    const q = { ...EMPTY_QUERY, filters: { phase: ["Planung"] } };
    expect(summary("phase", q)).toBe(`Ohne den Filter „Phase“ gezählt: ${summary("phase")}`);
    expect(summary("prioritaet", q)).toBe("Für die eine Leistung der Auswahl ist keine Priorität festgelegt.");
  });

  it("formats large numbers the German way", () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `${i + 1};L${i};Bildung;;MB;hoch;Betrieb;;;`);
    const big = datasetFromCsv("2022-10-28", lines);
    expect(summary("phase", EMPTY_QUERY, big)).toBe("Von 1.200 Leistungen sind 1.200 in Betrieb; die meisten (1.200) in der Phase Betrieb.");
  });
});

describe("summary helpers", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A und B"],
    [["A", "B", "C"], "A, B und C"],
  ])("germanList(%j)", (items, text) => expect(germanList(items)).toBe(text));

  it("explains a highlighted selection as the table's services, and says nothing without one", () => {
    const value = { value: "Betrieb", label: "Betrieb", shortLabel: "Betrieb", count: 3 };
    const other = { value: "Planung", label: "Planung", shortLabel: "Planung", count: 1 };
    expect(selectionNote([value])).toBe("Gewählt und hervorgehoben: Betrieb – das sind die 3 Leistungen der Tabelle.");
    expect(selectionNote([other, value])).toBe("Gewählt und hervorgehoben: Planung und Betrieb – zusammen die 4 Leistungen der Tabelle.");
    expect(selectionNote([])).toBeNull();
  });
});
