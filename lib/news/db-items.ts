/**
 * News items written in the browser (the Markdown files in DATA_DIR/aktuelles/ stay as they are).
 * The same fields as a file's front matter; validated at the edge (lib/news/schema.ts), trusted
 * here. Every change is on record under „aktuelles“.
 */
import { appendRecord } from "../record/record";
import type { Db } from "../db/schema";
import { inTransaction } from "../db/transaction";
import { type Clock, isUniqueViolation, readJson, systemClock, toIso, toIsoOrNull } from "../db/values";

export interface NewsItemFields {
  title: string;
  shortTitle?: string;
  summary?: string;
  category: string;
  /** YYYY-MM-DD. */
  date: string;
  endDate?: string;
  deadline?: string;
  location?: string;
  ozgIds: string[];
  /** Markdown. */
  body: string;
}

export interface StoredNewsItem extends NewsItemFields {
  slug: string;
  published: boolean;
  publishedAt: string | null;
  publishedBy: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export class NewsItemError extends Error {
  constructor(
    readonly code: "exists" | "not-found",
    message: string,
  ) {
    super(message);
    this.name = "NewsItemError";
  }
}

const notFound = (slug: string) => new NewsItemError("not-found", `Es gibt keinen Beitrag „${slug}“.`);

function columns(fields: NewsItemFields) {
  return {
    title: fields.title,
    short_title: fields.shortTitle ?? null,
    summary: fields.summary ?? null,
    category: fields.category,
    date: fields.date,
    end_date: fields.endDate ?? null,
    deadline: fields.deadline ?? null,
    location: fields.location ?? null,
    ozg_ids: JSON.stringify(fields.ozgIds),
    body: fields.body,
  };
}

type Row = {
  slug: string;
  title: string;
  short_title: string | null;
  summary: string | null;
  category: string;
  date: string;
  end_date: string | null;
  deadline: string | null;
  location: string | null;
  ozg_ids: unknown;
  body: string;
  published_at: Date | string | null;
  published_by: string | null;
  created_at: Date | string;
  created_by: string;
  updated_at: Date | string;
  updated_by: string;
};

function toItem(row: Row): StoredNewsItem {
  const optional = <K extends string>(key: K, value: string | null) => (value === null ? {} : ({ [key]: value } as Record<K, string>));
  return {
    slug: row.slug,
    title: row.title,
    ...optional("shortTitle", row.short_title),
    ...optional("summary", row.summary),
    category: row.category,
    date: row.date,
    ...optional("endDate", row.end_date),
    ...optional("deadline", row.deadline),
    ...optional("location", row.location),
    ozgIds: readJson(row.ozg_ids) as string[],
    body: row.body,
    published: row.published_at !== null,
    publishedAt: toIsoOrNull(row.published_at),
    publishedBy: row.published_by,
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    updatedAt: toIso(row.updated_at),
    updatedBy: row.updated_by,
  };
}

/** Creates an unpublished item. */
export async function createNewsItem(db: Db, input: NewsItemFields & { slug: string; actor: string }, clock: Clock = systemClock): Promise<StoredNewsItem> {
  const now = clock().toISOString();
  try {
    await inTransaction(db, async (trx) => {
      await trx
        .insertInto("news_items")
        .values({ slug: input.slug, ...columns(input), created_at: now, created_by: input.actor, updated_at: now, updated_by: input.actor })
        .execute();
      await appendRecord(trx, { actor: input.actor, action: "aktuelles", details: { slug: input.slug, event: "angelegt", title: input.title } }, clock);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new NewsItemError("exists", `Einen Beitrag mit der Adresse „${input.slug}“ gibt es schon.`);
    throw error;
  }
  return (await getNewsItem(db, input.slug))!;
}

/** Replaces the fields of an item (its address stays); a published item stays published. */
export async function updateNewsItem(db: Db, input: NewsItemFields & { slug: string; actor: string }, clock: Clock = systemClock): Promise<StoredNewsItem> {
  await inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("news_items")
      .set({ ...columns(input), updated_at: clock().toISOString(), updated_by: input.actor })
      .where("slug", "=", input.slug)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound(input.slug);
    await appendRecord(trx, { actor: input.actor, action: "aktuelles", details: { slug: input.slug, event: "geaendert", title: input.title } }, clock);
  });
  return (await getNewsItem(db, input.slug))!;
}

/** Publishes (true) or unpublishes (false) an item; nothing happens, and nothing is recorded, when it already is so. */
export async function setNewsItemPublished(db: Db, input: { slug: string; published: boolean; actor: string }, clock: Clock = systemClock): Promise<StoredNewsItem> {
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom("news_items").select(["title", "published_at"]).where("slug", "=", input.slug).executeTakeFirst();
    if (!before) throw notFound(input.slug);
    if ((before.published_at !== null) === input.published) return;
    const now = clock().toISOString();
    await trx
      .updateTable("news_items")
      .set(input.published ? { published_at: now, published_by: input.actor } : { published_at: null, published_by: null })
      .where("slug", "=", input.slug)
      .execute();
    await appendRecord(
      trx,
      { actor: input.actor, action: "aktuelles", details: { slug: input.slug, event: input.published ? "veroeffentlicht" : "zurueckgezogen", title: before.title } },
      clock,
    );
  });
  return (await getNewsItem(db, input.slug))!;
}

export async function getNewsItem(db: Db, slug: string): Promise<StoredNewsItem | undefined> {
  const row = await db.selectFrom("news_items").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row && toItem(row);
}

/** Items, newest date first; only the published ones when `published: true` (what public pages show). */
export async function listNewsItems(db: Db, options: { published?: boolean } = {}): Promise<StoredNewsItem[]> {
  let query = db.selectFrom("news_items").selectAll();
  if (options.published === true) query = query.where("published_at", "is not", null);
  if (options.published === false) query = query.where("published_at", "is", null);
  return (await query.orderBy("date", "desc").orderBy("slug").execute()).map(toItem);
}
