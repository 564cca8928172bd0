import { describe, expect, it } from "vitest";
import { categoryCounts, filterByCategory } from "./categories";
import { newsItem } from "./fixtures";

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
