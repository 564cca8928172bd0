/**
 * The Atom feed of the news (/feeds/aktuelles.atom[?kategorie=]): one entry per item, newest
 * first, with the body as safe HTML. An entry's id derives from the slug; published and updated
 * are the item's date (start of the day in Europe/Berlin): an edit of the text does not
 * announce the item again.
 */
import { berlinStartOfDay } from "../berlin-time";
import { hasCalendarDates } from "../calendar/news-events";
import { absoluteUrl } from "../http/base-url";
import { uuidUrn } from "../http/stable-id";
import { CATEGORY_PLURAL } from "../news/format";
import { newsBodyHtml } from "../news/markdown-html";
import type { NewsCategory, NewsItem } from "../news/schema";
import type { Metadata } from "../store/metadata";
import { ATOM_CONTENT_TYPE, type AtomEntry, type AtomFeed, newestUpdated } from "./atom";
import { aktuellesHref, itemCalendarHref, newsFeedHref, newsItemHref } from "../routes";

/** The stable id of a news item's entry. */
export function newsEntryId(slug: string): string {
  return uuidUrn(`aktuelles/${slug}`);
}

export function newsEntry(item: NewsItem, baseUrl: string): AtomEntry {
  const when = berlinStartOfDay(item.date);
  const links: AtomEntry["links"] = [{ rel: "alternate", type: "text/html", href: absoluteUrl(baseUrl, newsItemHref(item.slug)) }];
  if (hasCalendarDates(item)) {
    links.push({ rel: "related", type: "text/calendar", href: absoluteUrl(baseUrl, itemCalendarHref(item.slug)), title: "In den Kalender übernehmen" });
  }
  return {
    id: newsEntryId(item.slug),
    title: item.title,
    updated: when,
    published: when,
    summary: item.summary,
    contentHtml: newsBodyHtml(item.body, baseUrl),
    categories: [{ term: item.category, label: item.category }],
    links,
  };
}

export interface NewsFeedInput {
  /** Newest first, already filtered by category. */
  items: readonly NewsItem[];
  category: NewsCategory | null;
  metadata: Metadata;
  baseUrl: string;
  /** `updated` of a feed without entries (RFC 3339). */
  emptyUpdated: string;
}

export function newsFeed({ items, category, metadata, baseUrl, emptyUpdated }: NewsFeedInput): AtomFeed {
  const entries = items.map((item) => newsEntry(item, baseUrl));
  return {
    id: uuidUrn(`aktuelles?kategorie=${category ?? ""}`),
    title: `${category ? CATEGORY_PLURAL[category] : "Aktuelles"} – ${metadata.title}`,
    subtitle: "Meldungen, OZG-Sprechstunden, Veranstaltungen und Fristen rund um die Umsetzung des Onlinezugangsgesetzes in Sachsen-Anhalt.",
    updated: newestUpdated(entries, emptyUpdated),
    author: { name: metadata.publisher, email: metadata.contactEmail },
    links: [
      { rel: "self", type: ATOM_CONTENT_TYPE.split(";")[0], href: absoluteUrl(baseUrl, newsFeedHref(category)) },
      { rel: "alternate", type: "text/html", href: absoluteUrl(baseUrl, aktuellesHref(category)) },
    ],
    entries,
  };
}
