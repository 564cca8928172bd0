import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Counts the folder listings the store makes (the real readdir does the work).
const readdirCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...fs,
    readdir: (...args: Parameters<typeof fs.readdir>) => {
      readdirCalls.count++;
      return fs.readdir(...args);
    },
  };
});

const { getNews } = await import("./store");

const item = (title: string) => `---\ntitle: ${title}\ndate: 2022-11-01\ncategory: Meldung\n---\nText zu ${title}\n`;

describe("the news folder's listing", () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "news-listing-"));
    await mkdir(path.join(root, "aktuelles"));
    await writeFile(path.join(root, "aktuelles", "a.md"), item("A"));
    readdirCalls.count = 0;
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("is shared by calls that arrive while it is under way (one page asks several times)", async () => {
    const all = await Promise.all([getNews(root), getNews(root), getNews(root), getNews(root)]);
    expect(readdirCalls.count).toBe(1);
    expect(all.every((news) => news.items[0]?.title === "A")).toBe(true);
  });

  it("is made again by the next call, so a new file is seen at once", async () => {
    await getNews(root);
    await writeFile(path.join(root, "aktuelles", "b.md"), item("B"));
    expect((await getNews(root)).items.map((i) => i.slug).sort()).toEqual(["a", "b"]);
    expect(readdirCalls.count).toBe(2);
  });
});
