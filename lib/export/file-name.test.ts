import { describe, expect, it } from "vitest";
import { EMPTY_QUERY, type Query } from "../query/query";
import { THEMENFELDER } from "../vocabulary";
import { contentDisposition, exportFileName, fileNameSlug, filterSummary } from "./file-name";

const STAND = "2022-10-28";
const q = (fields: Partial<Query>): Query => ({ ...EMPTY_QUERY, ...fields });
const name = (fields: Partial<Query>, stand = STAND) => exportFileName({ stand, query: q(fields) });

describe("exportFileName", () => {
  it.each<[string, Partial<Query>, string]>([
    ["no filters → alle", {}, "nachnutzungsuebersicht_2022-10-28_alle.csv"],
    ["one filter", { filters: { themenfeld: ["Bildung"] } }, "nachnutzungsuebersicht_2022-10-28_themenfeld-bildung.csv"],
    [
      "two fields, in the order of the URL (not of the query object)",
      { filters: { phase: ["Betrieb"], themenfeld: ["Bildung"] } },
      "nachnutzungsuebersicht_2022-10-28_themenfeld-bildung_phase-betrieb.csv",
    ],
    ["search with an umlaut", { q: "Einbürgerung" }, "nachnutzungsuebersicht_2022-10-28_suche-einbuergerung.csv"],
    [
      "search and filters, several values of one field in vocabulary order",
      { q: "Bauantrag  Straße", filters: { ressort: ["MID", "MI"], prioritaet: ["hoch"] } },
      "nachnutzungsuebersicht_2022-10-28_suche-bauantrag-strasse_ressort-mi-mid_prioritaet-hoch.csv",
    ],
    [
      "& becomes und",
      { filters: { themenfeld: ["Familie & Kind", "Ein- & Auswanderung"] } },
      "nachnutzungsuebersicht_2022-10-28_themenfeld-ein-und-auswanderung-familie-und-kind.csv",
    ],
    ["nicht festgelegt", { filters: { ressort: [""] } }, "nachnutzungsuebersicht_2022-10-28_ressort-nicht-festgelegt.csv"],
    ["ß and capital umlauts", { q: "Größe ÜBERSICHT Äpfel" }, "nachnutzungsuebersicht_2022-10-28_suche-groesse-uebersicht-aepfel.csv"],
    [
      "slashes and characters Windows forbids",
      { q: 'Zerbst/Anhalt \\ a:b*c?"<>|' },
      "nachnutzungsuebersicht_2022-10-28_suche-zerbst-anhalt-a-b-c.csv",
    ],
    ["accents", { q: "Café Señor" }, "nachnutzungsuebersicht_2022-10-28_suche-cafe-senor.csv"],
    // "€ ✓" holds no search word (both count as spaces), so every row is exported: "alle".
    ["nothing usable in the search", { q: "€ ✓" }, "nachnutzungsuebersicht_2022-10-28_alle.csv"],
    [
      "camel-case field ids in lower case",
      { filters: { nachnutzbarKommunen: ["ja"], efaFederfuehrung: ["HH"], reifegrad: ["3"] } },
      "nachnutzungsuebersicht_2022-10-28_nachnutzbarkommunen-ja_efafederfuehrung-hh_reifegrad-3.csv",
    ],
    ["selected OZG-IDs in numeric order", { ozgIds: ["10257", "10056"] }, "nachnutzungsuebersicht_2022-10-28_ozgid-10056-10257.csv"],
    [
      "sort, page, size, columns are not part of the name",
      { sort: { field: "leistung", desc: true }, page: 3, size: 100, cols: ["ozgId"] },
      "nachnutzungsuebersicht_2022-10-28_alle.csv",
    ],
  ])("%s", (_label, fields, expected) => {
    expect(name(fields)).toBe(expected);
  });

  it("names the Stand of the view, not the newest", () => {
    expect(name({ stand: "2022-09-30" }, "2022-09-30")).toBe("nachnutzungsuebersicht_2022-09-30_alle.csv");
    expect(name({ filters: { phase: ["offen"] } }, "2022-09-30")).toBe("nachnutzungsuebersicht_2022-09-30_phase-offen.csv");
  });

  it("cuts a very long summary at a word boundary and marks the cut", () => {
    const file = name({ filters: { themenfeld: [...THEMENFELDER] } });
    expect(file).toBe(
      "nachnutzungsuebersicht_2022-10-28_themenfeld-arbeit-und-ruhestand-bauen-und-wohnen-bildung-ein-und-auswanderung_usw.csv",
    );
    expect(file.length).toBe(119);
  });

  it("cuts inside one endless word when there is no boundary worth keeping", () => {
    const file = name({ q: "a".repeat(300) });
    expect(file).toBe(`nachnutzungsuebersicht_2022-10-28_suche-${"a".repeat(72)}_usw.csv`);
    expect(file.length).toBe(120);
  });

  it.each<[string, Partial<Query>]>([
    ["all filters at once", { q: "ä ö ü ß / \\ : * ? < > | é", filters: { themenfeld: [...THEMENFELDER], phase: ["Planung", "Betrieb"] } }],
    ["many OZG-IDs", { ozgIds: Array.from({ length: 80 }, (_, i) => String(10000 + i)) }],
  ])("is always safe on Windows: %s", (_label, fields) => {
    const file = name(fields);
    expect(file).toMatch(/^nachnutzungsuebersicht_2022-10-28_[A-Za-z0-9._-]+\.csv$/);
    expect(file.length).toBeLessThanOrEqual(120);
    expect(file).not.toMatch(/[-_]\.csv$/);
  });
});

describe("fileNameSlug", () => {
  it.each([
    ["Unternehmensführung & -entwicklung", "unternehmensfuehrung-und-entwicklung"],
    ["§ 1 / 2 BAföG", "1-2-bafoeg"],
    ["  --Straße--  ", "strasse"],
    ["ẞ", "ss"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(fileNameSlug(text)).toBe(expected);
  });
});

describe("contentDisposition", () => {
  it("sends the name plain and as RFC 5987 filename*", () => {
    expect(contentDisposition("nachnutzungsuebersicht_2022-10-28_alle.csv")).toBe(
      `attachment; filename="nachnutzungsuebersicht_2022-10-28_alle.csv"; filename*=UTF-8''nachnutzungsuebersicht_2022-10-28_alle.csv`,
    );
  });

  it("keeps the plain name ASCII and percent-encodes filename* even for a name it did not build", () => {
    expect(contentDisposition('übersicht (1)"*.csv')).toBe(
      `attachment; filename="_bersicht__1___.csv"; filename*=UTF-8''%C3%BCbersicht%20%281%29%22%2A.csv`,
    );
  });
});

describe("file name parts that name nothing", () => {
  it("leaves out a search of punctuation only, and the chart stacking", () => {
    expect(filterSummary({ ...EMPTY_QUERY, q: "<> „“" })).toBe("");
    expect(filterSummary({ ...EMPTY_QUERY, q: "<>", filters: { phase: ["Betrieb"] }, chart: "ressort" })).toBe("phase-betrieb");
  });
});
