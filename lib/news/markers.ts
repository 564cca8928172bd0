/** Links from table rows to the news items that name the row's service (front matter `ozgIds`). */
import { newsItemHref } from "../routes";
import type { NewsItem } from "./schema";
import { getNews } from "./store";
import { newestFirst } from "./timeline";

/** A small link shown in a table row, e.g. to a news item that names the service. */
export interface RowMarker {
  href: string;
  label: string;
}

/** "Aktuelles: <short title>" — the item's shortTitle, or its title when it has none. */
export function markerLabel(item: Pick<NewsItem, "title" | "shortTitle">): string {
  return `Aktuelles: ${item.shortTitle ?? item.title}`;
}

/** Markers per OZG-ID (only IDs that have any), newest item first. */
export function markersFor(items: readonly NewsItem[], ozgIds: readonly string[]): Record<string, RowMarker[]> {
  const wanted = new Set(ozgIds);
  const result: Record<string, RowMarker[]> = {};
  for (const item of newestFirst(items)) {
    for (const id of item.ozgIds) {
      if (!wanted.has(id)) continue;
      (result[id] ??= []).push({ href: newsItemHref(item.slug), label: markerLabel(item) });
    }
  }
  return result;
}

/** Markers per OZG-ID for the given rows, from the news in DATA_DIR. */
export async function rowMarkers(ozgIds: readonly string[]): Promise<Record<string, RowMarker[]>> {
  if (ozgIds.length === 0) return {};
  const { items } = await getNews();
  return markersFor(items, ozgIds);
}
