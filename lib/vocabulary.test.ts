import { describe, expect, it } from "vitest";
import {
  type ControlledField,
  allowedValuesText,
  canonicalValue,
  fieldForHeader,
  valueLabel,
} from "./vocabulary";

describe("canonicalValue: Phase", () => {
  it.each([
    ["Planung", "Planung"],
    ["in Planung", "Planung"],
    ["In Planung", "Planung"],
    ["IN   PLANUNG", "Planung"],
    ["  in Planung  ", "Planung"],
    ["in Bearbeitung", "Umsetzung"],
    ["in Umsetzung", "Umsetzung"],
    ["umsetzung", "Umsetzung"],
    ["Pilotierung", "Pilotierung"],
    ["Pilot", "Pilotierung"],
    ["Roll-out", "Rollout"],
    ["rollout", "Rollout"],
    ["umgesetzt", "Betrieb"],
    ["online", "Betrieb"],
    ["Online", "Betrieb"],
    ["in Betrieb", "Betrieb"],
    ["Betrieb", "Betrieb"],
    ["offen", "offen"],
    // Phase: an empty cell and "nicht festgelegt" mean `offen`.
    ["", "offen"],
    ["   ", "offen"],
    ["Nicht festgelegt", "offen"],
    ["nicht  festgelegt", "offen"],
  ])("%j → %j", (raw, expected) => {
    expect(canonicalValue("phase", raw)).toBe(expected);
  });

  it.each(["Umsetzen", "fertig", "Planung?", "Phase 3"])("unknown %j → undefined", (raw) => {
    expect(canonicalValue("phase", raw)).toBeUndefined();
  });
});

describe("canonicalValue: other controlled fields", () => {
  it.each<[ControlledField, string, string]>([
    ["themenfeld", "Ein- und Auswanderung", "Ein- & Auswanderung"],
    ["themenfeld", "ein- & auswanderung", "Ein- & Auswanderung"],
    ["themenfeld", "Querschnitt ", "Querschnitt"],
    ["themenfeld", "Mobilitaet & Reisen", "Mobilität & Reisen"],
    ["themenfeld", "familie und kind", "Familie & Kind"],
    ["themenfeld", "Unternehmensführung und -entwicklung", "Unternehmensführung & -entwicklung"],
    ["prioritaet", "HOCH", "hoch"],
    ["prioritaet", "hohe", "hoch"],
    ["prioritaet", "gering", "niedrig"],
    ["prioritaet", "Nicht festgelegt", ""],
    ["prioritaet", "", ""],
    ["ressort", "MI", "MI"],
    ["ressort", "mi", "MI"],
    ["ressort", "Ministerium für Inneres und Sport", "MI"],
    ["ressort", "Ministerium der Finanzen", "MF"],
    ["ressort", "Ministerium für Infrastruktur und Digitales", "MID"],
    ["ressort", "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung", "MS"],
    ["ressort", "Staatskanzlei und Ministerium für Kultur", "StK"],
    ["ressort", "Staatskanzlei", "StK"],
    ["ressort", "stk", "StK"],
    ["ressort", "nicht festgelegt", ""],
    ["zustaendigkeit", "Land/Kommune", "Land und Kommune"],
    ["zustaendigkeit", "land und kommune", "Land und Kommune"],
    ["zustaendigkeit", "Kommunen", "Kommune"],
    ["umsetzungsmodell", "EfA", "EfA-Nachnutzung"],
    ["umsetzungsmodell", "efa nachnutzung", "EfA-Nachnutzung"],
    ["umsetzungsmodell", "Landeslösung", "Landeslösung"],
    ["nachnutzbarKommunen", "JA", "ja"],
    ["nachnutzbarKommunen", "Nein", "nein"],
    ["efaFederfuehrung", "Hamburg", "HH"],
    ["efaFederfuehrung", "NRW", "NW"],
    ["efaFederfuehrung", "st", "ST"],
    ["efaFederfuehrung", "Bund", "Bund"],
    ["reifegrad", "Reifegrad 3", "3"],
    ["reifegrad", "2", "2"],
    ["lebenslage", "Geburt", "Geburt"],
    ["lebenslage", "keine Angabe", ""],
  ])("%s: %j → %j", (field, raw, expected) => {
    expect(canonicalValue(field, raw)).toBe(expected);
  });

  it.each<[ControlledField, string]>([
    ["themenfeld", "Sport"],
    ["themenfeld", "Querschnitts"],
    ["ressort", "MK"],
    ["ressort", "Ministerium für Glück"],
    ["prioritaet", "sehr hoch"],
    ["zustaendigkeit", "EU"],
    ["umsetzungsmodell", "Eigenentwicklung"],
    ["nachnutzbarKommunen", "vielleicht"],
    ["efaFederfuehrung", "XY"],
    ["reifegrad", "5"],
  ])("%s: unknown %j → undefined", (field, raw) => {
    expect(canonicalValue(field, raw)).toBeUndefined();
  });

  it("returns the same answer on repeated calls (memoised lookups)", () => {
    expect(canonicalValue("phase", "in Planung")).toBe("Planung");
    expect(canonicalValue("phase", "in Planung")).toBe("Planung");
    expect(canonicalValue("phase", "Umsetzen")).toBeUndefined();
    expect(canonicalValue("phase", "Umsetzen")).toBeUndefined();
  });
});

describe("fieldForHeader", () => {
  it.each([
    ["OZG-ID", "ozgId"],
    ["OZG ID", "ozgId"],
    ["ozg_id", "ozgId"],
    ["ozgId", "ozgId"],
    ["OZG-Nummer", "ozgId"],
    ["Leistung", "leistung"],
    ["LEISTUNG", "leistung"],
    ["OZG-Leistung", "leistung"],
    [" Themenfeld ", "themenfeld"],
    ["Lebens- und Geschäftslage", "lebenslage"],
    ["Lebenslagen", "lebenslage"],
    ["LeiKa-Schlüssel", "leikaSchluessel"],
    ["leika_schluessel", "leikaSchluessel"],
    [" LeiKa Schlüssel ", "leikaSchluessel"],
    ["Rechtsgrundlage", "rechtsgrundlagen"],
    ["Zustaendigkeit", "zustaendigkeit"],
    ["Ministerium", "ressort"],
    ["Priorität", "prioritaet"],
    ["prioritaet", "prioritaet"],
    ["Prio", "prioritaet"],
    ["Projektphase", "phase"],
    ["EfA Federfuehrung", "efaFederfuehrung"],
    ["nachnutzbar durch kommunen", "nachnutzbarKommunen"],
    ["URL", "onlineDienst"],
    ["Online Dienst", "onlineDienst"],
    ["Bemerkungen", "bemerkung"],
  ])("%j → %s", (header, expected) => {
    expect(fieldForHeader(header)).toBe(expected);
  });

  it.each(["Ansprechpartner", "Kosten", "", "OZG", "Phase 2"])("unknown %j → undefined", (header) => {
    expect(fieldForHeader(header)).toBeUndefined();
  });
});

describe("valueLabel and allowedValuesText", () => {
  it("labels abbreviations with the long name and empty values as „nicht festgelegt“", () => {
    expect(valueLabel("ressort", "MI")).toBe("Ministerium für Inneres und Sport");
    expect(valueLabel("efaFederfuehrung", "HH")).toBe("Hamburg");
    expect(valueLabel("phase", "Planung")).toBe("Planung");
    expect(valueLabel("ressort", "")).toBe("nicht festgelegt");
  });

  it("lists the phases in their order", () => {
    expect(allowedValuesText("phase")).toBe("offen, Planung, Umsetzung, Pilotierung, Rollout, Betrieb");
    expect(allowedValuesText("prioritaet")).toBe("hoch, mittel, niedrig");
  });
});
