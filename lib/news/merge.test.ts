import { describe, expect, it } from "vitest";
import { mergeNews } from "./merge";
import type { NewsItem } from "./schema";

const item = (slug: string, date: string, extra: Partial<NewsItem> = {}): NewsItem => ({
  slug,
  file: `aktuelles/${slug}.md`,
  title: slug,
  date,
  category: "Meldung",
  ozgIds: [],
  body: "Text",
  ...extra,
});

describe("mergeNews", () => {
  it("puts the browser-written items among the files' items, newest date first (a Frist first on the same day)", () => {
    const files = { items: [item("datei-neu", "2022-11-01"), item("datei-alt", "2022-09-01")], problems: [] };
    const merged = mergeNews(files, [item("db-mitte", "2022-10-01", { file: "aktuelles/db-mitte" }), item("db-frist", "2022-11-01", { category: "Frist", deadline: "2022-11-21" })]);
    expect(merged.items.map((i) => i.slug)).toEqual(["db-frist", "datei-neu", "db-mitte", "datei-alt"]);
    expect(merged.problems).toEqual([]);
  });

  it("returns the files' collection itself when there is nothing from the database", () => {
    const files = { items: [item("a", "2022-11-01")], problems: [] };
    expect(mergeNews(files, [])).toBe(files);
  });

  it("lets a file win a clash of slugs and reports it; a broken file keeps its address too", () => {
    const broken = { file: "aktuelles/kaputt.md", field: "date", message: "aktuelles/kaputt.md, Feld „date“: …" };
    const files = { items: [item("gleich", "2022-11-01", { title: "Aus der Datei" })], problems: [broken] };
    const merged = mergeNews(files, [item("gleich", "2022-12-01", { title: "Aus der Datenbank" }), item("kaputt", "2022-12-01"), item("frei", "2022-12-01")]);
    expect(merged.items.map((i) => [i.slug, i.title])).toEqual([
      ["frei", "frei"],
      ["gleich", "Aus der Datei"],
    ]);
    expect(merged.problems.map((p) => p.file)).toEqual(["aktuelles/kaputt.md", "aktuelles/gleich.md", "aktuelles/kaputt.md"]);
    expect(merged.problems[1].message).toContain("gezeigt wird die Datei");
  });
});
