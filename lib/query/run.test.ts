import { describe, expect, it } from "vitest";
import { buildDataset } from "../dataset/dataset";
import { makeRow } from "../overview/fixtures/rows";
import { EMPTY_QUERY, type Query } from "./query";
import { facetsJson } from "../api/facets";
import { rowIndexOf } from "../dataset/rows";
import { matchingRows, runQuery } from "./run";

/** Eight services, deliberately not in OZG-ID order (10100 sorts after 10010 numerically). */
const rows = [
  makeRow({ ozgId: "10100", leistung: "Gewerbesteuer", themenfeld: "Steuern & Zoll", lebenslage: ["Steuern & Abgaben"], rechtsgrundlagen: ["§ 16 GewStG"], ressort: "MF", prioritaet: "hoch", phase: "Planung", umsetzungsmodell: "EfA-Nachnutzung", zustaendigkeit: "Kommune", nachnutzbarKommunen: "ja" }),
  makeRow({ ozgId: "10001", leistung: "Elterngeld", themenfeld: "Familie & Kind", lebenslage: ["Geburt"], ressort: "MS", prioritaet: "hoch", phase: "Betrieb", umsetzungsmodell: "EfA-Nachnutzung", zustaendigkeit: "Land", nachnutzbarKommunen: "nein" }),
  makeRow({ ozgId: "10003", leistung: "Straßensondernutzung", themenfeld: "Bauen & Wohnen", lebenslage: ["Bauen & Immobilien", "Logistik & Transport"], ressort: "MID", prioritaet: "hoch", phase: "Umsetzung", umsetzungsmodell: "EfA-Nachnutzung", zustaendigkeit: "Kommune", nachnutzbarKommunen: "ja" }),
  makeRow({ ozgId: "10002", leistung: "Kindergeld", themenfeld: "Familie & Kind", lebenslage: ["Geburt"], prioritaet: "mittel", phase: "Planung", umsetzungsmodell: "Bundeslösung", zustaendigkeit: "Bund" }),
  makeRow({ ozgId: "10004", leistung: "Einbürgerung", themenfeld: "Ein- & Auswanderung", lebenslage: ["Einwanderung"], ressort: "MI", prioritaet: "hoch", phase: "offen", umsetzungsmodell: "EfA-Nachnutzung", zustaendigkeit: "Kommune", nachnutzbarKommunen: "ja", bemerkung: "Pilotkommunen gesucht" }),
  makeRow({ ozgId: "10005", leistung: "Wohngeld", themenfeld: "Bauen & Wohnen", lebenslage: ["Wohnen & Umzug"], ressort: "MID", prioritaet: "mittel", phase: "Betrieb", umsetzungsmodell: "Landeslösung", zustaendigkeit: "Kommune", nachnutzbarKommunen: "nein" }),
  makeRow({ ozgId: "10006", leistung: "Hundesteuer", themenfeld: "Steuern & Zoll", prioritaet: "niedrig", phase: "Rollout", umsetzungsmodell: "Kommunale Lösung", zustaendigkeit: "Kommune" }),
  makeRow({ ozgId: "10010", leistung: "Ausbildungsförderung (BAföG)", themenfeld: "Bildung", lebenslage: ["Studium"], leikaSchluessel: ["99002001000000"], ressort: "MWU", phase: "Pilotierung", umsetzungsmodell: "EfA-Nachnutzung", zustaendigkeit: "Land", nachnutzbarKommunen: "nein", bemerkung: "Antrag über „BAföG Digital“ – bundesweit" }),
];
const dataset = buildDataset("2022-10-28", rows);

function run(partial: Partial<Query>) {
  return runQuery(dataset, { ...EMPTY_QUERY, ...partial });
}

function ids(partial: Partial<Query>): string[] {
  const result = run({ size: 100, ...partial });
  return result.rows.map((r) => r.ozgId);
}

/** The facets as GET /api/leistungen lists them. */
function facets(partial: Partial<Query>) {
  return facetsJson(dataset, run(partial));
}

function counts(partial: Partial<Query>, field: keyof ReturnType<typeof facets>): Record<string, number> {
  return Object.fromEntries(facets(partial)[field].map((f) => [f.value, f.count]));
}

describe("runQuery without filters", () => {
  it("returns every row, in numeric OZG-ID order", () => {
    expect(ids({})).toEqual(["10001", "10002", "10003", "10004", "10005", "10006", "10010", "10100"]);
    expect(run({}).total).toBe(8);
  });

  it("lists every Themenfeld of the vocabulary, also with count 0, and no 'nicht festgelegt'", () => {
    const facet = facets({}).themenfeld;
    expect(facet).toHaveLength(14);
    expect(facet[0]).toEqual({ value: "Arbeit & Ruhestand", count: 0 });
    expect(counts({}, "themenfeld")).toMatchObject({
      "Familie & Kind": 2,
      "Bauen & Wohnen": 2,
      "Ein- & Auswanderung": 1,
      "Steuern & Zoll": 2,
      Bildung: 1,
      Gesundheit: 0,
    });
  });

  it("counts empty cells as 'nicht festgelegt', listed last", () => {
    const facet = facets({}).ressort;
    expect(facet.map((f) => f.value)).toEqual(["StK", "MI", "MF", "MS", "MB", "MWL", "MWU", "MID", "MJ", "nicht festgelegt"]);
    expect(counts({}, "ressort")).toEqual({ StK: 0, MI: 1, MF: 1, MS: 1, MB: 0, MWL: 0, MWU: 1, MID: 2, MJ: 0, "nicht festgelegt": 2 });
  });

  it("has no 'nicht festgelegt' for Phase: empty means offen", () => {
    expect(counts({}, "phase")).toEqual({ offen: 1, Planung: 2, Umsetzung: 1, Pilotierung: 1, Rollout: 1, Betrieb: 2 });
  });

  it("counts a row with several Lebenslagen under each of them; Lebenslage lists the values present", () => {
    expect(counts({}, "lebenslage")).toEqual({
      "Bauen & Immobilien": 1,
      Einwanderung: 1,
      Geburt: 2,
      "Logistik & Transport": 1,
      "Steuern & Abgaben": 1,
      Studium: 1,
      "Wohnen & Umzug": 1,
      "nicht festgelegt": 1,
    });
  });
});

describe("runQuery filters", () => {
  it("combines values of one field with OR", () => {
    expect(ids({ filters: { phase: ["Planung", "Betrieb"] } })).toEqual(["10001", "10002", "10005", "10100"]);
  });

  it("combines fields with AND", () => {
    expect(ids({ filters: { phase: ["Planung", "Betrieb"], ressort: ["MID"] } })).toEqual(["10005"]);
  });

  it("counts each facet with all other filters but not its own", () => {
    const query = { filters: { phase: ["Planung", "Betrieb"], ressort: ["MID"] } };
    // Phase: only the MID rows (10003 Umsetzung, 10005 Betrieb), phase filter ignored.
    expect(counts(query, "phase")).toEqual({ offen: 0, Planung: 0, Umsetzung: 1, Pilotierung: 0, Rollout: 0, Betrieb: 1 });
    // Ressort: rows in Planung or Betrieb (10001 MS, 10002 none, 10005 MID, 10100 MF), ressort filter ignored.
    expect(counts(query, "ressort")).toMatchObject({ MS: 1, MID: 1, MF: 1, "nicht festgelegt": 1, MI: 0 });
    // Other facets see both filters: only 10005.
    expect(counts(query, "themenfeld")).toMatchObject({ "Bauen & Wohnen": 1, "Familie & Kind": 0 });
  });

  it("selects empty cells with the value ''", () => {
    expect(ids({ filters: { ressort: [""] } })).toEqual(["10002", "10006"]);
    expect(ids({ filters: { lebenslage: [""] } })).toEqual(["10006"]);
  });

  it("matches a multi-value field when any of its values is selected", () => {
    expect(ids({ filters: { lebenslage: ["Logistik & Transport"] } })).toEqual(["10003"]);
    expect(ids({ filters: { lebenslage: ["Geburt", "Studium"] } })).toEqual(["10001", "10002", "10010"]);
  });

  it("returns no rows for a value no row has", () => {
    expect(ids({ filters: { ressort: ["MJ"] } })).toEqual([]);
    expect(run({ filters: { ressort: ["MJ"] } }).total).toBe(0);
  });

  it("selects services by OZG-ID, ignoring unknown IDs", () => {
    expect(ids({ ozgIds: ["10100", "10004", "99999"] })).toEqual(["10004", "10100"]);
  });
});

describe("runQuery search", () => {
  it.each([
    ["strasse", ["10003"]],
    ["STRASSE", ["10003"]],
    ["Straße", ["10003"]],
    ["einbuergerung", ["10004"]],
    ["Einbürgerung", ["10004"]],
    ["sondernutzung strasse", ["10003"]],
    ["geld", ["10001", "10002", "10005"]],
    ["kinder geld", ["10002"]],
    ["10010", ["10010"]],
    ["99002001000000", ["10010"]],
    ["gewstg", ["10100"]],
    ["pilotkommunen", ["10004"]],
    ["logistik", ["10003"]],
    ["bafoeg", ["10010"]],
    ["zoll", []],
    ["geld xyz", []],
    // Typographic characters count as spaces, in the text and in the query alike.
    ["„BAföG", ["10010"]],
    ["Digital“", ["10010"]],
    ["„BAföG Digital“", ["10010"]],
    ["– bundesweit", ["10010"]],
    ["geld geld GELD", ["10001", "10002", "10005"]],
  ])("q=%s finds %j", (q, expected) => {
    expect(ids({ q })).toEqual(expected);
  });

  it("applies the search to every facet", () => {
    expect(counts({ q: "geld" }, "themenfeld")).toMatchObject({ "Familie & Kind": 2, "Bauen & Wohnen": 1, "Steuern & Zoll": 0 });
  });
});

describe("runQuery sorting", () => {
  it("sorts text in German collation", () => {
    expect(run({ size: 100, sort: { field: "leistung", desc: false } }).rows.map((r) => r.leistung)).toEqual([
      "Ausbildungsförderung (BAföG)",
      "Einbürgerung",
      "Elterngeld",
      "Gewerbesteuer",
      "Hundesteuer",
      "Kindergeld",
      "Straßensondernutzung",
      "Wohngeld",
    ]);
  });

  it("sorts controlled columns in vocabulary order, ties by OZG-ID", () => {
    expect(ids({ sort: { field: "phase", desc: false } })).toEqual(["10004", "10002", "10100", "10003", "10010", "10006", "10001", "10005"]);
    expect(ids({ sort: { field: "phase", desc: true } })).toEqual(["10001", "10005", "10006", "10010", "10003", "10002", "10100", "10004"]);
  });

  it("puts empty cells last in both directions", () => {
    expect(ids({ sort: { field: "ressort", desc: false } })).toEqual(["10004", "10100", "10001", "10010", "10003", "10005", "10002", "10006"]);
    expect(ids({ sort: { field: "ressort", desc: true } })).toEqual(["10003", "10005", "10010", "10001", "10100", "10004", "10002", "10006"]);
  });

  it("sorts OZG-IDs numerically, descending too", () => {
    expect(ids({ sort: { field: "ozgId", desc: true } })).toEqual(["10100", "10010", "10006", "10005", "10004", "10003", "10002", "10001"]);
  });

  it("sorts filtered rows and the export order the same way", () => {
    const result = run({ filters: { umsetzungsmodell: ["EfA-Nachnutzung"] }, sort: { field: "leistung", desc: true }, size: 2 });
    expect([...matchingRows(dataset, result)].map((r) => r.leistung)).toEqual([
      "Straßensondernutzung",
      "Gewerbesteuer",
      "Elterngeld",
      "Einbürgerung",
      "Ausbildungsförderung (BAföG)",
    ]);
    expect(result.rows.map((r) => r.leistung)).toEqual(["Straßensondernutzung", "Gewerbesteuer"]);
  });
});

describe("runQuery paging", () => {
  it.each([
    [1, 3, ["10001", "10002", "10003"]],
    [2, 3, ["10004", "10005", "10006"]],
    [3, 3, ["10010", "10100"]],
    [4, 3, []],
    [1, 8, ["10001", "10002", "10003", "10004", "10005", "10006", "10010", "10100"]],
    [2, 8, []],
  ])("page %i of size %i", (page, size, expected) => {
    const result = run({ page, size });
    expect(result.rows.map((r) => r.ozgId)).toEqual(expected);
    expect(result.total).toBe(8);
  });

  it("pages through filtered rows", () => {
    expect(run({ page: 2, size: 2, filters: { zustaendigkeit: ["Kommune"] } }).rows.map((r) => r.ozgId)).toEqual(["10005", "10006"]);
  });
});

describe("runQuery sorting: texts the German collation holds equal", () => {
  it("are ties, ordered by OZG-ID in both directions", () => {
    const data = buildDataset("2022-10-28", [
      makeRow({ ozgId: "1", leistung: "Antrag 1", themenfeld: "Bildung" }),
      makeRow({ ozgId: "2", leistung: "Antrag 01", themenfeld: "Bildung" }),
      makeRow({ ozgId: "3", leistung: "Antrag 1", themenfeld: "Bildung" }),
      makeRow({ ozgId: "4", leistung: "Ausweis", themenfeld: "Bildung" }),
    ]);
    const order = (desc: boolean) => runQuery(data, { ...EMPTY_QUERY, sort: { field: "leistung", desc } }).rows.map((r) => r.ozgId);
    expect(order(false)).toEqual(["1", "2", "3", "4"]);
    expect(order(true)).toEqual(["4", "1", "2", "3"]);
  });
});

describe("runQuery with a derived facet (e.g. the reuse stage)", () => {
  // Codes by row index: Gewerbesteuer (10100) 2, Straßensondernutzung (10003) 1, the rest 0.
  const codes = new Uint8Array(rows.length);
  codes[rowIndexOf(dataset, "10100")!] = 2;
  codes[rowIndexOf(dataset, "10003")!] = 1;
  const derived = (selected: number[]) => [{ codes, size: 3, selected }];

  it("filters like a column and counts every code, also without a filter", () => {
    const all = runQuery(dataset, { ...EMPTY_QUERY, size: 100 }, { derived: derived([]) });
    expect([...all.derivedCounts[0]]).toEqual([6, 1, 1]);
    const kept = runQuery(dataset, { ...EMPTY_QUERY, size: 100 }, { derived: derived([1, 2]) });
    expect(kept.rows.map((r) => r.ozgId)).toEqual(["10003", "10100"]);
  });

  it("counts with all other filters but not its own, and other facets count with it", () => {
    const result = runQuery(dataset, { ...EMPTY_QUERY, filters: { themenfeld: ["Steuern & Zoll"] } }, { derived: derived([2]) });
    expect(result.rows.map((r) => r.ozgId)).toEqual(["10100"]);
    // Steuern & Zoll holds 10100 (2) and 10006 (0): its own selection does not narrow its counts.
    expect([...result.derivedCounts[0]]).toEqual([1, 0, 1]);
    // The Themenfeld facet counts only services at stage 2: Steuern & Zoll 1, every other 0.
    expect(facetsJson(dataset, result).themenfeld.filter((f) => f.count > 0)).toEqual([{ value: "Steuern & Zoll", count: 1 }]);
  });

  it("refuses codes that do not fit the Dataset", () => {
    expect(() => runQuery(dataset, EMPTY_QUERY, { derived: [{ codes: new Uint8Array(3), size: 3 }] })).toThrow(RangeError);
  });
});
