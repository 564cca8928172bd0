import { describe, expect, it } from "vitest";
import { categoryCounts, filterByCategory, parseCategoryParam } from "./category-param";
import { newsItem } from "./fixtures";

describe("parseCategoryParam (?kategorie=)", () => {
  it.each<[string | string[] | undefined, string | null]>([
    [undefined, null],
    ["", null],
    ["Sprechstunde", "Sprechstunde"],
    ["frist", "Frist"],
    [" Veranstaltung ", "Veranstaltung"],
    [["Meldung", "Frist"], "Meldung"],
  ])("%j → %s", (value, category) => {
    expect(parseCategoryParam(value)).toEqual({ category, problem: null });
  });

  it("falls back to all with a German notice for an unknown category", () => {
    expect(parseCategoryParam("Termin")).toEqual({
      category: null,
      problem: "„Termin“ ist keine bekannte Kategorie. Angezeigt werden alle Beiträge. Erlaubt: Meldung, Sprechstunde, Veranstaltung, Frist.",
    });
  });
});

describe("filterByCategory and categoryCounts", () => {
  const items = [
    newsItem({ slug: "a", category: "Meldung" }),
    newsItem({ slug: "b", category: "Sprechstunde" }),
    newsItem({ slug: "c", category: "Sprechstunde" }),
    newsItem({ slug: "d", category: "Frist", deadline: "2022-12-01" }),
  ];

  it("keeps only the chosen category, or all", () => {
    expect(filterByCategory(items, "Sprechstunde").map((i) => i.slug)).toEqual(["b", "c"]);
    expect(filterByCategory(items, null)).toHaveLength(4);
  });

  it("counts every category, also with 0", () => {
    expect(categoryCounts(items)).toEqual([
      { category: "Meldung", count: 1 },
      { category: "Sprechstunde", count: 2 },
      { category: "Veranstaltung", count: 0 },
      { category: "Frist", count: 1 },
    ]);
  });
});
