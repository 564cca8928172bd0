/**
 * News items written in the browser as public pages see them: only the published ones, each
 * checked with the same schema as a file's front matter, as NewsItems beside the files'.
 *
 * Read from the database into memory (lib/db/snapshot.ts): a public request does not query the
 * database. The snapshot is read again at most every 5 seconds (so another instance's change
 * shows within that time), and at once after this process changed an item
 * (invalidatePublishedNews, called by the staff actions). Without a database (SQLite and no
 * DATA_DIR/app.db) it is empty and nothing is opened. When the database fails, the last value
 * stays; before any value there are no browser-written items (said in the log once a minute).
 */
import "server-only";
import { createHash } from "node:crypto";
import { type DatabaseSnapshot, type SnapshotOptions, databaseSnapshot } from "../db/snapshot";
import type { Db } from "../db/schema";
import { dataDir } from "../store/data-dir";
import { type StoredNewsItem, listNewsItems } from "./db-items";
import { NEWS_FOLDER, type NewsItem, newsFrontMatterSchema } from "./schema";

export interface PublishedDbNews {
  /** Published items that pass the schema, in no particular order (merged and sorted with the files' items). */
  items: NewsItem[];
  /** Identity of the content: equal versions mean equal items (ETags of feeds and calendars). */
  version: string;
  /** Newest change or publication of a published item (ms); 0 without items. */
  lastModifiedMs: number;
}

export const NO_DB_NEWS: PublishedDbNews = { items: [], version: "leer", lastModifiedMs: 0 };

/** The time an item last changed in public view: its last edit or its publication. */
function changedMs(stored: StoredNewsItem): number {
  return Math.max(Date.parse(stored.updatedAt), stored.publishedAt ? Date.parse(stored.publishedAt) : 0);
}

/**
 * A stored item as a NewsItem, validated again: the form checked it on saving, but a row from an
 * older version (or written by hand) must not reach a page unchecked. null when it fails.
 */
export function toNewsItem(stored: StoredNewsItem): NewsItem | null {
  const parsed = newsFrontMatterSchema.safeParse({
    title: stored.title,
    shortTitle: stored.shortTitle,
    summary: stored.summary,
    date: stored.date,
    endDate: stored.endDate,
    category: stored.category,
    deadline: stored.deadline,
    location: stored.location,
    ozgIds: stored.ozgIds,
  });
  if (!parsed.success) return null;
  // `file` names no file here; it keeps the same form as a file item's for the calendar's source.
  return { ...parsed.data, slug: stored.slug, file: `${NEWS_FOLDER}/${stored.slug}`, body: stored.body.trim(), modifiedMs: changedMs(stored) };
}

/** Reads the published items of `db` (what the snapshot holds). */
export async function loadPublishedNews(db: Db): Promise<PublishedDbNews> {
  const stored = await listNewsItems(db, { published: true });
  const items: NewsItem[] = [];
  for (const row of stored) {
    const item = toNewsItem(row);
    if (item) items.push(item);
    else console.error(`Aktuelles: Der Beitrag „${row.slug}“ in der Datenbank ist ungültig und wird nicht angezeigt.`);
  }
  if (items.length === 0) return NO_DB_NEWS;
  const version = createHash("sha256").update(JSON.stringify(items)).digest("base64url").slice(0, 22);
  return { items, version, lastModifiedMs: Math.max(...items.map((i) => i.modifiedMs ?? 0)) };
}

/** The snapshot; tests pass their own database, environment and clock. */
export function publishedNewsSnapshot(options: Partial<SnapshotOptions<PublishedDbNews>> = {}): DatabaseSnapshot<PublishedDbNews> {
  return databaseSnapshot<PublishedDbNews>({ key: "aktuelles", load: loadPublishedNews, empty: NO_DB_NEWS, ...options });
}

const snapshot = publishedNewsSnapshot();
let warnedAt = -Infinity;

/** The published browser-written items for the data folder `root`. Never throws. */
export async function getPublishedDbNews(root: string = dataDir()): Promise<PublishedDbNews> {
  try {
    return await snapshot.read(root);
  } catch (error) {
    if (Date.now() - warnedAt > 60_000) {
      warnedAt = Date.now();
      console.error(`Aktuelles: Datenbank nicht erreichbar (${(error as Error).message}); es werden nur die Beiträge aus ${NEWS_FOLDER}/ gezeigt.`);
    }
    return NO_DB_NEWS;
  }
}

/** After staff of this process changed an item: the next public read loads again. */
export function invalidatePublishedNews(options?: { dropValue?: boolean }): void {
  // Dropping the value starts afresh (tests switch databases): the next outage is logged again.
  if (options?.dropValue) warnedAt = -Infinity;
  snapshot.invalidate(options);
}
