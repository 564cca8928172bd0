import { describe, expect, it } from "vitest";
import { datasetFromCsv } from "../charts/fixtures";
import { CONTROLLED_FIELDS, SINGLE_CONTROLLED_FIELDS } from "../vocabulary";
import { EMPTY_QUERY, type Query } from "./query";
import { runQuery } from "./run";

const dataset = datasetFromCsv("2022-10-28", [
  "1;Elterngeld;Familie & Kind;Geburt;MS;hoch;Betrieb;EfA-Nachnutzung;ja;",
  "2;Kindergeld;Familie & Kind;\"Geburt\nFamilie\";MS;mittel;Betrieb;Bundeslösung;nein;",
  "3;Wohngeld;Bauen & Wohnen;Umzug;MI;hoch;Umsetzung;Landeslösung;;",
  "4;Baugenehmigung;Bauen & Wohnen;;MI;;Planung;;;",
  "5;Hundesteuer;Steuern & Zoll;;;niedrig;;Kommunale Lösung;ja;Hund",
]);

/** Rows a field's facet counts, by brute force: run the query without that field's filter. */
function expected(query: Query, field: (typeof CONTROLLED_FIELDS)[number]): number[] {
  const { [field]: _, ...others } = query.filters;
  const result = runQuery(dataset, { ...query, filters: others });
  return [...result.matches];
}

describe("cross-tabs count exactly the rows of the row field's facet", () => {
  const queries: Query[] = [
    EMPTY_QUERY,
    { ...EMPTY_QUERY, filters: { phase: ["Betrieb"], ressort: ["MS"] } },
    { ...EMPTY_QUERY, filters: { lebenslage: ["Geburt"] } },
    { ...EMPTY_QUERY, filters: { lebenslage: ["nicht festgelegt", ""], phase: ["Planung", "offen"] } },
    { ...EMPTY_QUERY, q: "hund", filters: { prioritaet: ["niedrig"] } },
    { ...EMPTY_QUERY, ozgIds: ["1", "3", "99"], filters: { prioritaet: ["hoch"] } },
    { ...EMPTY_QUERY, filters: { ressort: [""], umsetzungsmodell: ["Kommunale Lösung"] } },
  ];
  it.each(queries.map((q) => [JSON.stringify(q.filters) + q.q + q.ozgIds.join(","), q] as const))("%s", (_, query) => {
    for (const field of SINGLE_CONTROLLED_FIELDS) {
      const [tab] = runQuery(dataset, query, { crossTabs: [{ rowField: field, colField: "themenfeld" }] }).crossTabs;
      // Brute force: the same counts from the rows that match without the field's own filter.
      const want = dataset.dictionaries[field].map(() => new Uint32Array(dataset.dictionaries.themenfeld.length));
      expected(query, field).forEach((hit, r) => hit && want[dataset.codes[field][r]][dataset.codes.themenfeld[r]]++);
      expect(tab.counts.map((row) => [...row]), field).toEqual(want.map((row) => [...row]));
    }
  });
});

describe("crossTabs", () => {
  it("counts phase × Umsetzungsmodell and phase × Ressort in one pass", () => {
    const specs = [{ rowField: "phase", colField: "umsetzungsmodell" }, { rowField: "phase", colField: "ressort" }] as const;
    const [byModell, byRessort] = runQuery(dataset, EMPTY_QUERY, { crossTabs: specs }).crossTabs;
    const phase = (p: string) => dataset.dictionaries.phase.indexOf(p);
    const modell = (m: string) => dataset.dictionaries.umsetzungsmodell.indexOf(m);
    const ressort = (r: string) => dataset.dictionaries.ressort.indexOf(r);
    expect(byModell.counts[phase("Betrieb")][modell("EfA-Nachnutzung")]).toBe(1);
    expect(byModell.counts[phase("Betrieb")][modell("Bundeslösung")]).toBe(1);
    expect(byModell.counts[phase("Planung")][0]).toBe(1);
    expect(byRessort.counts[phase("Betrieb")][ressort("MS")]).toBe(2);
    expect(byRessort.counts[phase("offen")][0]).toBe(1);
  });

  it("ignores the row field's own filter but applies the column field's", () => {
    const query = { ...EMPTY_QUERY, filters: { phase: ["Betrieb"], ressort: ["MI"] } };
    const [tab] = runQuery(dataset, query, { crossTabs: [{ rowField: "phase", colField: "ressort" }] }).crossTabs;
    const total = tab.counts.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(2);
    expect(tab.counts[dataset.dictionaries.phase.indexOf("Betrieb")].reduce((a, b) => a + b, 0)).toBe(0);
  });
});
