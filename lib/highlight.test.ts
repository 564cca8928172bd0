import { describe, expect, it } from "vitest";
import { highlightParts } from "./highlight";

function marked(text: string, q: string): string {
  return highlightParts(text, q)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join("");
}

describe("highlightParts", () => {
  it.each([
    ["Straßensondernutzung", "strasse", "[Straße]nsondernutzung"],
    ["Einbürgerung", "einbuergerung", "[Einbürgerung]"],
    ["Einbürgerung", "BÜRGER", "Ein[bürger]ung"],
    ["Elterngeld und Kindergeld", "geld", "Eltern[geld] und Kinder[geld]"],
    ["Sondernutzung von Straßen", "strassen sonder", "[Sonder]nutzung von [Straßen]"],
    ["99041006013000", "9904", "[9904]1006013000"],
    ["Wohngeld", "", "Wohngeld"],
    ["Wohngeld", "xyz", "Wohngeld"],
  ])("%s with q=%s → %s", (text, q, expected) => {
    expect(marked(text, q)).toBe(expected);
  });

  it("keeps the text unchanged apart from the marks", () => {
    const text = "Ausbildungsförderung (BAföG) – „Antrag“";
    expect(highlightParts(text, "foerderung bafoeg").map((p) => p.text).join("")).toBe(text);
  });
});
