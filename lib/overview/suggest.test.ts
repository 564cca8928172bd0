import { describe, expect, it } from "vitest";
import { suggestValue } from "./suggest";

describe("suggestValue", () => {
  it.each([
    ["phase", "Umsetzen", "Umsetzung"],
    ["phase", "Betreib", "Betrieb"],
    ["phase", "Pilotirung", "Pilotierung"],
    ["phase", "in Bearbeitng", "Umsetzung"], // close to an alias: the alias's value
    ["prioritaet", "hooch", "hoch"],
    ["themenfeld", "Querschnitts", "Querschnitt"],
    ["themenfeld", "Familie und Kinder", "Familie & Kind"],
    ["umsetzungsmodell", "Landeslsung", "Landeslösung"],
    ["nachnutzbarKommunen", "jaa", "ja"],
  ] as const)("%s: „%s“ → „%s“", (field, raw, expected) => {
    expect(suggestValue(field, raw)).toBe(expected);
  });

  it.each([
    ["phase", "fertig"],
    ["themenfeld", "Sport"],
    ["ressort", "MK"], // as close to MI as to MF, MS, …: no guess
    ["prioritaet", "x"],
    ["lebenslage", "Gebrut"], // open list: anything goes, nothing to suggest
  ] as const)("%s: „%s“ → nothing", (field, raw) => {
    expect(suggestValue(field, raw)).toBeUndefined();
  });
});
