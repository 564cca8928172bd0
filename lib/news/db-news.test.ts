/**
 * The browser-written news on public pages, on both stores: only published items, merged with
 * the files, cached in memory and read again after a staff change (at once in this process,
 * within 5 seconds from another), never breaking the files' news when the database fails.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { closeDatabase } from "../db/database";
import { describeStores } from "../db/test-stores";
import { listRecord } from "../record/record";
import { createNewsItem, setNewsItemPublished } from "./db-items";
import { invalidatePublishedNews, loadPublishedNews, publishedNewsSnapshot } from "./db-news";
import { storeNews } from "./staff-actions";
import { getNews, newsVersion } from "./store";

const FIELDS = {
  title: "Interesse an der Digitalen Einbürgerung melden",
  category: "Frist",
  date: "2022-11-02",
  deadline: "2022-11-21",
  ozgIds: ["10257"],
  body: "Bitte melden Sie Ihr **Interesse**.",
};
const ACTOR = "redaktion@example.org";

const fileItem = (title: string, date: string) => `---\ntitle: ${title}\ndate: ${date}\ncategory: Meldung\n---\nText zu ${title}\n`;

describeStores("browser-written news on public pages", (ctx) => {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    // getNews reads the configured data folder and store: point them at this test's.
    mkdirSync(path.join(ctx.dataDir, "aktuelles"));
    writeFileSync(path.join(ctx.dataDir, "aktuelles", "datei.md"), fileItem("Aus der Datei", "2022-11-01"));
    for (const key of ["DATA_DIR", "DATABASE_URL"]) saved[key] = process.env[key];
    process.env.DATA_DIR = ctx.dataDir;
    if (ctx.env.DATABASE_URL) process.env.DATABASE_URL = ctx.env.DATABASE_URL;
    else delete process.env.DATABASE_URL;
    invalidatePublishedNews({ dropValue: true });
  });
  afterEach(async () => {
    await closeDatabase();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    invalidatePublishedNews({ dropValue: true });
    vi.restoreAllMocks();
  });

  it("reads only published items, as NewsItems checked by the schema", async () => {
    await createNewsItem(ctx.db, { ...FIELDS, slug: "entwurf", actor: ACTOR });
    await createNewsItem(ctx.db, { ...FIELDS, slug: "oeffentlich", category: "frist", actor: ACTOR });
    await setNewsItemPublished(ctx.db, { slug: "oeffentlich", published: true, actor: ACTOR });
    // Written around the form (an older version, by hand): never shown unchecked.
    await createNewsItem(ctx.db, { ...FIELDS, slug: "ungueltig", deadline: undefined, actor: ACTOR });
    await setNewsItemPublished(ctx.db, { slug: "ungueltig", published: true, actor: ACTOR });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const published = await loadPublishedNews(ctx.db);
    expect(published.items).toEqual([
      {
        slug: "oeffentlich",
        file: "aktuelles/oeffentlich",
        title: FIELDS.title,
        category: "Frist",
        date: "2022-11-02",
        deadline: "2022-11-21",
        ozgIds: ["10257"],
        body: FIELDS.body,
        modifiedMs: expect.any(Number),
      },
    ]);
    expect(logged).toHaveBeenCalledWith("Aktuelles: Der Beitrag „ungueltig“ in der Datenbank ist ungültig und wird nicht angezeigt.");
  });

  it("merges published items with the files everywhere getNews is read; a staff change shows at once; drafts and taken-back items never", async () => {
    const before = await getNews();
    expect(before.items.map((i) => i.slug)).toEqual(["datei"]);
    const versionBefore = await newsVersion();

    const draft = await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "entwurf" }, publish: false, editing: null });
    expect(draft).toEqual({ ok: true, slug: "entwurf", published: false });
    expect((await getNews()).items.map((i) => i.slug)).toEqual(["datei"]);

    const published = await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "einbuergerung" }, publish: true, editing: null });
    expect(published).toEqual({ ok: true, slug: "einbuergerung", published: true });
    const after = await getNews();
    expect(after.items.map((i) => i.slug)).toEqual(["einbuergerung", "datei"]);
    expect(await getNews()).toBe(after); // cached: the same object while nothing changed
    expect((await newsVersion()).signature).not.toBe(versionBefore.signature);

    // Changing a published item keeps it published and shows the change.
    await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "einbuergerung", title: "Neuer Titel" }, publish: false, editing: "einbuergerung" });
    expect((await getNews()).items.find((i) => i.slug === "einbuergerung")?.title).toBe("Neuer Titel");

    await setNewsItemPublished(ctx.db, { slug: "einbuergerung", published: false, actor: ACTOR });
    invalidatePublishedNews();
    expect((await getNews()).items.map((i) => i.slug)).toEqual(["datei"]);
    expect((await newsVersion()).signature).toBe(versionBefore.signature);

    expect((await listRecord(ctx.db, { action: "aktuelles" })).map((e) => [e.actor, e.details.slug, e.details.event])).toEqual([
      [ACTOR, "einbuergerung", "zurueckgezogen"],
      [ACTOR, "einbuergerung", "geaendert"],
      [ACTOR, "einbuergerung", "veroeffentlicht"],
      [ACTOR, "einbuergerung", "angelegt"],
      [ACTOR, "entwurf", "angelegt"],
    ]);
  });

  it("refuses a new item under a file's slug (also a broken file's) or an existing item's, in German", async () => {
    writeFileSync(path.join(ctx.dataDir, "aktuelles", "kaputt.md"), "---\ntitle: K\ndate: 2022-13-01\ncategory: Meldung\n---\n");
    expect(await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "datei" }, publish: true, editing: null })).toEqual({
      ok: false,
      errors: { slug: "Unter der Adresse „datei“ gibt es schon einen Beitrag als Datei im Datenordner (aktuelles/datei.md). Bitte wählen Sie einen anderen Kurznamen." },
    });
    expect(await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "kaputt" }, publish: false, editing: null })).toMatchObject({ ok: false, errors: { slug: expect.stringContaining("aktuelles/kaputt.md") } });
    await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "einmal" }, publish: false, editing: null });
    expect(await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "einmal" }, publish: false, editing: null })).toEqual({
      ok: false,
      errors: { slug: "Einen Beitrag mit der Adresse „einmal“ gibt es schon." },
    });
    expect(await storeNews(ctx.db, { actor: ACTOR, value: { ...FIELDS, slug: "weg" }, publish: false, editing: "weg" })).toEqual({
      ok: false,
      errors: { form: "Es gibt keinen Beitrag „weg“." },
    });
  });

  it("is read again at most every 5 seconds when another process changes the database, at once after invalidate", async () => {
    let now = 1_000_000;
    const snapshot = publishedNewsSnapshot({ key: `test-${ctx.store}-${Math.random()}`, open: async () => ctx.db, env: ctx.env, now: () => now });
    expect((await snapshot.read(ctx.dataDir)).items).toEqual([]);
    // Another instance publishes: not seen before the snapshot is 5 seconds old.
    await createNewsItem(ctx.db, { ...FIELDS, slug: "von-nebenan", actor: ACTOR });
    await setNewsItemPublished(ctx.db, { slug: "von-nebenan", published: true, actor: ACTOR });
    now += 4_999;
    expect((await snapshot.read(ctx.dataDir)).items).toEqual([]);
    now += 1;
    expect((await snapshot.read(ctx.dataDir)).items.map((i) => i.slug)).toEqual(["von-nebenan"]);
    await setNewsItemPublished(ctx.db, { slug: "von-nebenan", published: false, actor: ACTOR });
    expect((await snapshot.read(ctx.dataDir)).items.map((i) => i.slug)).toEqual(["von-nebenan"]);
    snapshot.invalidate();
    expect((await snapshot.read(ctx.dataDir)).items).toEqual([]);
    // Another data folder (a test, a command-line tool) never sees this database.
    expect((await snapshot.read(path.join(ctx.dataDir, "anderer"))).version).toBe("leer");
  });

  it("keeps serving the files' news when the database fails (logged, no error)", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const snapshot = publishedNewsSnapshot({ key: `test-down-${ctx.store}-${Math.random()}`, open: async () => Promise.reject(new Error("connection refused")), env: ctx.env });
    await expect(snapshot.read(ctx.dataDir)).rejects.toThrow("connection refused");
    // Through getNews: the process-wide snapshot, with a store that cannot be read.
    const down = path.join(ctx.dataDir, "ausgefallen");
    mkdirSync(path.join(down, "aktuelles"), { recursive: true });
    writeFileSync(path.join(down, "aktuelles", "datei.md"), fileItem("Aus der Datei", "2022-11-01"));
    writeFileSync(path.join(down, "app.db"), "keine SQLite-Datenbank");
    process.env.DATA_DIR = down;
    if (ctx.store === "PostgreSQL") process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:1/nirgends";
    await closeDatabase();
    invalidatePublishedNews({ dropValue: true });
    const news = await getNews();
    expect(news.items.map((i) => i.slug)).toEqual(["datei"]);
    expect(news.problems).toEqual([]);
    expect(logged.mock.calls.some(([line]) => String(line).startsWith("Aktuelles: Datenbank nicht erreichbar"))).toBe(true);
  });
});

describeStores("public news without a database", (ctx) => {
  it("never opens or creates DATA_DIR/app.db", async () => {
    const empty = path.join(ctx.dataDir, "ohne-datenbank");
    mkdirSync(empty);
    const opened = vi.fn(async () => ctx.db);
    const snapshot = publishedNewsSnapshot({ key: `test-none-${ctx.store}-${Math.random()}`, open: opened, env: { DATA_DIR: empty, DATABASE_URL: "" } });
    expect(await snapshot.read(empty)).toMatchObject({ items: [], version: "leer" });
    expect(opened).not.toHaveBeenCalled();
    expect(existsSync(path.join(empty, "app.db"))).toBe(false);
  });
});
