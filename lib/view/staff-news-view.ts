/** What the staff pages of news show (/verwaltung/aktuelles…): the browser-written items and a word on the files. */
import "server-only";
import type { Db } from "../db/schema";
import { formatDate } from "../format";
import { type StoredNewsItem, getNewsItem, listNewsItems } from "../news/db-items";
import { newsItemHref, staffNewsItemHref } from "../routes";
import { getFileNews } from "../news/store";
import { berlinDate } from "../news/timeline";
import { unknownInNewestStand } from "../news/staff-actions";

const DATE_TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** "2026-03-02T09:00:00.000Z" → "02.03.2026, 10:00" (Europe/Berlin). */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

export interface StaffNewsRow {
  slug: string;
  title: string;
  category: string;
  dateText: string;
  published: boolean;
  /** „veröffentlicht 02.03.2026, 10:00 von …“ or „Entwurf“. */
  stateText: string;
  changedText: string;
  editHref: string;
  publicHref: string;
}

export interface StaffNewsList {
  rows: StaffNewsRow[];
  /** Items in DATA_DIR/aktuelles/ (valid ones), and broken files. */
  fileItems: number;
  fileProblems: number;
}

function row(item: StoredNewsItem): StaffNewsRow {
  return {
    slug: item.slug,
    title: item.title,
    category: item.category,
    dateText: formatDate(item.date),
    published: item.published,
    stateText: item.published && item.publishedAt ? `veröffentlicht am ${formatDateTime(item.publishedAt)} von ${item.publishedBy}` : "Entwurf",
    changedText: `${formatDateTime(item.updatedAt)} von ${item.updatedBy}`,
    editHref: staffNewsItemHref(item.slug),
    publicHref: newsItemHref(item.slug),
  };
}

export async function loadStaffNewsList(db: Db): Promise<StaffNewsList> {
  const [items, files] = await Promise.all([listNewsItems(db), getFileNews()]);
  return { rows: items.map(row), fileItems: files.items.length, fileProblems: new Set(files.problems.map((p) => p.file)).size };
}

export interface StaffNewsEdit {
  item: StoredNewsItem;
  row: StaffNewsRow;
  unknownOzgIds: string[];
}

export async function loadStaffNewsItem(db: Db, slug: string): Promise<StaffNewsEdit | null> {
  const item = await getNewsItem(db, slug);
  if (!item) return null;
  return { item, row: row(item), unknownOzgIds: await unknownInNewestStand(item.ozgIds) };
}

/** Today in Europe/Berlin (the real date, not NEWS_TODAY): the default date of a new item. */
export function staffNewsToday(): string {
  return berlinDate(new Date());
}
