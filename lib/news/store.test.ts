import { mkdtemp, mkdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getNews, getNewsItem } from "./store";

const item = (title: string, extra = "") => `---\ntitle: ${title}\ndate: 2022-11-01\ncategory: Meldung\n${extra}---\nText zu ${title}\n`;

describe("getNews", () => {
  let root: string;
  let dir: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "news-store-"));
    dir = path.join(root, "aktuelles");
    await mkdir(dir);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("means no news (and no problem) when the folder is missing", async () => {
    await rm(dir, { recursive: true });
    expect(await getNews(root)).toEqual({ items: [], problems: [] });
  });

  it("returns the valid items and the problems of broken files side by side", async () => {
    await writeFile(path.join(dir, "gut.md"), item("Gut"));
    await writeFile(path.join(dir, "einbuergerung.md"), "---\ntitle: E\ndate: 2022-13-01\ncategory: Frist\ndeadline: 2022-11-21\n---\n");
    await writeFile(path.join(dir, "notiz.txt"), "not news");
    await writeFile(path.join(dir, ".entwurf.md"), "editor backup");
    const news = await getNews(root);
    expect(news.items.map((i) => i.slug)).toEqual(["gut"]);
    expect(news.problems).toEqual([
      {
        file: "aktuelles/einbuergerung.md",
        field: "date",
        message: "aktuelles/einbuergerung.md, Feld „date“: „2022-13-01“ ist kein gültiges Datum (JJJJ-MM-TT).",
      },
    ]);
  });

  it("reads once and re-reads when a file is changed, added or removed", async () => {
    const file = path.join(dir, "a.md");
    await writeFile(file, item("Erste Fassung"));
    const first = await getNews(root);
    expect(await getNews(root)).toBe(first); // cached: the same object

    await writeFile(file, item("Zweite Fassung"));
    await utimes(file, new Date(), new Date(Date.now() + 5000)); // a new mtime even on coarse file systems
    const second = await getNews(root);
    expect(second).not.toBe(first);
    expect(second.items[0].title).toBe("Zweite Fassung");

    await writeFile(path.join(dir, "b.md"), item("Neu"));
    expect((await getNews(root)).items.map((i) => i.slug).sort()).toEqual(["a", "b"]);

    await rm(path.join(dir, "b.md"));
    expect((await getNews(root)).items.map((i) => i.slug)).toEqual(["a"]);
  });

  it("finds one item by slug", async () => {
    await writeFile(path.join(dir, "a.md"), item("A"));
    expect((await getNewsItem("a", root))?.title).toBe("A");
    expect(await getNewsItem("fehlt", root)).toBeNull();
  });
});

describe("the sample in data/aktuelles", () => {
  it("is valid, relates the newsletter's services and carries its facts", async () => {
    const { items, problems } = await getNews(path.resolve("data"));
    expect(problems).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(12);
    const bySlug = new Map(items.map((i) => [i.slug, i]));
    expect(bySlug.get("einbuergerung-nachnutzung")).toMatchObject({ category: "Frist", deadline: "2022-11-21", ozgIds: ["10257"] });
    expect(bySlug.get("workshop-land-kommunen")).toMatchObject({ date: "2022-09-01", ozgIds: ["10035", "10348", "10364", "19001"] });
    expect(bySlug.get("nachnutzungsuebersicht-neue-version")).toMatchObject({ category: "Meldung", date: "2022-10-28" });
    expect(bySlug.get("kommdigitale-2022")).toMatchObject({ date: "2022-11-15", endDate: "2022-11-17" });
    expect(bySlug.get("sccon-2023")).toMatchObject({ date: "2023-11-07", endDate: "2023-11-09" });
  });
});
