import { describe, expect, it } from "vitest";
import { parseCategoryParam } from "./category";

describe("parseCategoryParam (?kategorie=)", () => {
  it.each<[string | string[] | undefined, string | null]>([
    [undefined, null],
    ["", null],
    ["Sprechstunde", "Sprechstunde"],
    ["frist", "Frist"],
    [" Veranstaltung ", "Veranstaltung"],
    // One rule for every single-valued parameter: the last non-empty value counts.
    [["Meldung", "Frist"], "Frist"],
  ])("%j → %s", (value, category) => {
    expect(parseCategoryParam({ kategorie: value })).toEqual({ category, problem: null });
  });

  it("falls back to all with a German notice for an unknown category", () => {
    expect(parseCategoryParam({ kategorie: "Termin" })).toEqual({
      category: null,
      problem: "„Termin“ ist keine bekannte Kategorie. Angezeigt werden alle Beiträge. Erlaubt: Meldung, Sprechstunde, Veranstaltung, Frist.",
    });
  });
});
