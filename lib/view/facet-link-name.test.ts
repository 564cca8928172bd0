import { describe, expect, it } from "vitest";
import { facetFocusGroup, facetLinkName } from "./facet-link-name";

describe("facetLinkName", () => {
  it("says the facet, the value and its count, in German number format and number", () => {
    expect(facetLinkName("Themenfeld", { shortLabel: "Bildung", count: 1234, selected: false })).toBe("Themenfeld: Bildung, 1.234 Leistungen");
    expect(facetLinkName("Phase", { shortLabel: "Betrieb", count: 1, selected: false })).toBe("Phase: Betrieb, 1 Leistung");
  });

  it("spells out an abbreviation and says that a chosen value removes the filter", () => {
    expect(facetLinkName("Ressort", { shortLabel: "MI", description: "Ministerium für Inneres und Sport", count: 35, selected: true })).toBe(
      "Ressort: MI (Ministerium für Inneres und Sport), 35 Leistungen, ausgewählt – Filter entfernen",
    );
  });
});

describe("facetFocusGroup", () => {
  it("names the field, apart from the chart's value lists", () => {
    expect(facetFocusGroup("themenfeld")).toBe("facet:themenfeld");
  });
});
