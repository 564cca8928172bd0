import { describe, expect, it } from "vitest";
import { LONG_LIST, SHOWN_OF_LONG, facetEntry, splitLongList } from "./facet-panel";

const option = (i: number, count: number, selected = false) => ({ value: `v${i}`, count, selected });

describe("long facet lists", () => {
  it("keeps a short list whole, zeros included", () => {
    const list = Array.from({ length: LONG_LIST }, (_, i) => option(i, i % 2));
    expect(splitLongList(list)).toEqual({ shown: list, more: [] });
  });

  it("shows the selected and the first values with hits, in list order; the rest (zeros above all) behind „weitere“", () => {
    const list = Array.from({ length: 55 }, (_, i) => option(i, i < 4 || (i >= 20 && i < 30) ? 5 : 0, i === 50));
    const { shown, more } = splitLongList(list);
    expect(shown.map((o) => o.value)).toEqual(["v0", "v1", "v2", "v3", "v20", "v21", "v22", "v23", "v24", "v25", "v50"]);
    expect(shown.filter((o) => !o.selected)).toHaveLength(SHOWN_OF_LONG);
    expect(more).toHaveLength(55 - shown.length);
    expect(more.filter((o) => o.count > 0).map((o) => o.value)).toEqual(["v26", "v27", "v28", "v29"]);
  });
});

describe("a facet entry", () => {
  const option = { field: "ressort" as const, value: "MI", label: "Ministerium für Inneres und Sport", shortLabel: "MI", count: 35, selected: true, href: "/" };

  it("keeps only what the filter column draws: it is sent to the browser as it is", () => {
    expect(facetEntry(option, "Ministerium für Inneres und Sport")).toEqual({
      value: "MI",
      shortLabel: "MI",
      description: "Ministerium für Inneres und Sport",
      count: 35,
      selected: true,
      href: "/",
    });
  });

  it("has no description key at all when the value is no abbreviation", () => {
    expect(Object.keys(facetEntry({ ...option, value: "hoch", shortLabel: "hoch" }, undefined))).toEqual(["value", "shortLabel", "count", "selected", "href"]);
  });
});
