import { expect, it } from "vitest";
import { listRecord } from "../record/record";
import { createNewsItem, getNewsItem, listNewsItems, setNewsItemPublished, updateNewsItem } from "./db-items";
import { describeStores, testClock } from "../db/test-stores";

const ITEM = {
  slug: "einbuergerung-frist",
  title: "Interesse an der Digitalen Einbürgerung melden",
  category: "Frist",
  date: "2022-10-28",
  deadline: "2022-11-21",
  ozgIds: ["10199", "10200"],
  body: "Bitte melden Sie Ihr **Interesse** bis zum 21. November.",
  actor: "anna@example.org",
};

describeStores("news items", (ctx) => {
  it("are created unpublished with every field, and read back the same", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    const created = await createNewsItem(ctx.db, { ...ITEM, shortTitle: "Einbürgerung", location: "online" }, clock.now);
    expect(created).toEqual({
      slug: "einbuergerung-frist",
      title: ITEM.title,
      shortTitle: "Einbürgerung",
      category: "Frist",
      date: "2022-10-28",
      deadline: "2022-11-21",
      location: "online",
      ozgIds: ["10199", "10200"],
      body: ITEM.body,
      published: false,
      publishedAt: null,
      publishedBy: null,
      createdAt: "2026-03-02T09:00:00.000Z",
      createdBy: "anna@example.org",
      updatedAt: "2026-03-02T09:00:00.000Z",
      updatedBy: "anna@example.org",
    });
    await expect(createNewsItem(ctx.db, ITEM)).rejects.toMatchObject({ code: "exists" });
  });

  it("are edited, published and unpublished; public lists show only the published; every step on record", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    await createNewsItem(ctx.db, ITEM, clock.now);
    await createNewsItem(ctx.db, { ...ITEM, slug: "sprechstunde", category: "Sprechstunde", date: "2022-11-02", ozgIds: [] }, clock.now);
    clock.advance(60_000);
    const edited = await updateNewsItem(ctx.db, { ...ITEM, title: "Neuer Titel", actor: "bernd@example.org" }, clock.now);
    expect(edited).toMatchObject({ title: "Neuer Titel", updatedBy: "bernd@example.org", updatedAt: "2026-03-02T09:01:00.000Z", createdBy: "anna@example.org" });
    await setNewsItemPublished(ctx.db, { slug: ITEM.slug, published: true, actor: "bernd@example.org" }, clock.now);
    expect((await listNewsItems(ctx.db, { published: true })).map((i) => i.slug)).toEqual(["einbuergerung-frist"]);
    expect((await listNewsItems(ctx.db)).map((i) => i.slug)).toEqual(["sprechstunde", "einbuergerung-frist"]);
    await setNewsItemPublished(ctx.db, { slug: ITEM.slug, published: true, actor: "bernd@example.org" }, clock.now); // no change
    await setNewsItemPublished(ctx.db, { slug: ITEM.slug, published: false, actor: "anna@example.org" }, clock.now);
    expect(await listNewsItems(ctx.db, { published: true })).toEqual([]);
    expect((await getNewsItem(ctx.db, ITEM.slug))?.published).toBe(false);
    expect((await listRecord(ctx.db, { action: "aktuelles" })).map((e) => [e.actor, e.details.slug, e.details.event])).toEqual([
      ["anna@example.org", "einbuergerung-frist", "zurueckgezogen"],
      ["bernd@example.org", "einbuergerung-frist", "veroeffentlicht"],
      ["bernd@example.org", "einbuergerung-frist", "geaendert"],
      ["anna@example.org", "sprechstunde", "angelegt"],
      ["anna@example.org", "einbuergerung-frist", "angelegt"],
    ]);
    await expect(updateNewsItem(ctx.db, { ...ITEM, slug: "gibt-es-nicht" })).rejects.toMatchObject({ code: "not-found" });
  });
});
