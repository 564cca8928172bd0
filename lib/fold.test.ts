import { describe, expect, it } from "vitest";
import { foldGerman, headerKey, searchWords, valueKey } from "./fold";

describe("foldGerman", () => {
  it.each([
    ["ä", "ae"],
    ["ö", "oe"],
    ["ü", "ue"],
    ["ß", "ss"],
    ["Ä", "ae"],
    ["Ö", "oe"],
    ["Ü", "ue"],
    ["ẞ", "ss"],
    ["Einbürgerung", "einbuergerung"],
    ["Straße", "strasse"],
    ["STRASSE", "strasse"],
    ["Förderung", "foerderung"],
    ["Ausbildungsförderung (BAföG)", "ausbildungsfoerderung (bafoeg)"],
    ["ÖFFENTLICHE Übersicht", "oeffentliche uebersicht"],
    ["Café", "cafe"],
    ["Éducation", "education"],
    ["naïve façade", "naive facade"],
    ["Łódź", "łodz"],
    ["Wohngeld", "wohngeld"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(foldGerman(input)).toBe(expected);
  });

  it("keeps spaces, digits and punctuation", () => {
    expect(foldGerman("10056 – Bafög, 2/3")).toBe("10056 – bafoeg, 2/3");
  });

  it("folds the spelled-out and the umlaut form to the same text", () => {
    expect(foldGerman("Mobilität")).toBe(foldGerman("Mobilitaet"));
    expect(foldGerman("Grundsteuer-Ermäßigung")).toBe(foldGerman("grundsteuer-ermaessigung"));
  });
});

describe("headerKey", () => {
  it.each([
    ["Priorität", "prioritaet"],
    ["Prioritaet", "prioritaet"],
    ["prioritaet", "prioritaet"],
    ["PRIORITÄT", "prioritaet"],
    ["LeiKa-Schlüssel", "leikaschluessel"],
    ["leika_schluessel", "leikaschluessel"],
    [" LeiKa Schlüssel ", "leikaschluessel"],
    ["OZG-ID", "ozgid"],
    ["OZG ID", "ozgid"],
    ["ozg_id", "ozgid"],
    ["OZG-Nr.", "ozgnr"],
    ["EfA-Federführung", "efafederfuehrung"],
    ["Nachnutzbar durch Kommunen", "nachnutzbardurchkommunen"],
    ["\tZuständigkeit\t", "zustaendigkeit"],
  ])("%j → %j", (input, expected) => {
    expect(headerKey(input)).toBe(expected);
  });

  it("gives equal keys for the spellings of one header", () => {
    const spellings = ["Priorität", "Prioritaet", "prioritaet", " PRIORITÄT "];
    expect(new Set(spellings.map(headerKey)).size).toBe(1);
    const leika = ["LeiKa-Schlüssel", "leika_schluessel", " LeiKa Schlüssel ", "Leika Schluessel"];
    expect(new Set(leika.map(headerKey)).size).toBe(1);
  });

  it("keeps different headers apart", () => {
    expect(headerKey("Phase")).not.toBe(headerKey("Projektphasen"));
    expect(headerKey("Leistung")).not.toBe(headerKey("Leistungen"));
  });
});

describe("valueKey", () => {
  it.each([
    ["Ein- & Auswanderung", "einundauswanderung"],
    ["Ein- und Auswanderung", "einundauswanderung"],
    ["ein und auswanderung", "einundauswanderung"],
    ["in Planung", "inplanung"],
    ["In  Planung", "inplanung"],
    ["Roll-out", "rollout"],
    ["Rollout", "rollout"],
    ["Mobilität & Reisen", "mobilitaetundreisen"],
    ["Unternehmensführung & -entwicklung", "unternehmensfuehrungundentwicklung"],
    ["Land_und_Kommune", "landundkommune"],
  ])("%j → %j", (input, expected) => {
    expect(valueKey(input)).toBe(expected);
  });

  it("keeps dots and slashes (they distinguish values such as `k. A.` and `Land/Kommune`)", () => {
    expect(valueKey("k. A.")).toBe("k.a.");
    expect(valueKey("Land/Kommune")).toBe("land/kommune");
  });
});

describe("searchWords", () => {
  it.each([
    ["Wohngeld", ["wohngeld"]],
    ["  Ausbildungsförderung   BAföG ", ["ausbildungsfoerderung", "bafoeg"]],
    ["Einbürgerung\tStraße\nGroß", ["einbuergerung", "strasse", "gross"]],
    ["10056", ["10056"]],
    ["", []],
    ["   ", []],
  ])("%j → %j", (input, expected) => {
    expect(searchWords(input)).toEqual(expected);
  });
});

describe("foldGerman: composed and decomposed spellings", () => {
  it("folds an umlaut written as a + U+0308 (macOS) like ä", () => {
    expect(foldGerman("Ka\u0308severordnung")).toBe("kaeseverordnung");
    expect(foldGerman("Käseverordnung")).toBe("kaeseverordnung");
  });

  it("drops accents of Latin Extended Additional, whatever else the text holds", () => {
    expect(foldGerman("Aṁt")).toBe("amt");
  });
});
