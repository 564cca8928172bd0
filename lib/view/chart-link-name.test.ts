import { describe, expect, it } from "vitest";
import { chartLinkName } from "./chart-link-name";

describe("chartLinkName", () => {
  it("says field, value, count and what the link does", () => {
    expect(chartLinkName("Priorität", { label: "hoch", shortLabel: "hoch", count: 1234, selected: false }, true)).toBe("Priorität: hoch 1.234 Leistungen – als Filter wählen");
    expect(chartLinkName("Phase", { label: "Betrieb", shortLabel: "Betrieb", count: 1, selected: true }, true)).toBe("Phase: Betrieb 1 Leistung, ausgewählt – Filter entfernen");
  });

  it("spells out an abbreviation after its short form, and leaves the count out when the link shows none", () => {
    expect(chartLinkName("Ressort", { label: "Ministerium für Inneres und Sport", shortLabel: "MI", count: 3, selected: false }, false)).toBe(
      "Ressort: MI (Ministerium für Inneres und Sport) – als Filter wählen",
    );
  });
});
