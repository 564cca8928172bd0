/**
 * Addresses of the feeds and calendars, for pages, components and the feeds themselves.
 * Free of server code, so client components may link them.
 */
import type { NewsCategory } from "../news/schema";
import { EMPTY_QUERY, type Query, toSearchParams } from "../query/query";

export const NEWS_FEED_PATH = "/feeds/aktuelles.atom";
export const CHANGES_FEED_PATH = "/feeds/aenderungen.atom";
export const CALENDAR_PATH = "/termine.ics";
export const DATEN_PATH = "/daten";
export const DCAT_PATH = "/daten/dcat.jsonld";
export const OPENAPI_PATH = "/api/openapi.json";

function withSearch(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** /feeds/aktuelles.atom, or …?kategorie=Frist */
export function newsFeedHref(category: NewsCategory | null = null): string {
  return withSearch(NEWS_FEED_PATH, new URLSearchParams(category ? { kategorie: category } : {}));
}

/**
 * The part of a query that selects services (search, OZG-IDs, filters), canonical: what the
 * changes feed depends on. Sort, paging, columns, chart and Stand only shape a table.
 */
export function selectionQuery(query: Query): Query {
  return { ...EMPTY_QUERY, q: query.q, ozgIds: query.ozgIds, filters: query.filters };
}

/** /feeds/aenderungen.atom?<the query's selection>, e.g. …?ressort=MI */
export function changesFeedHref(query: Query = EMPTY_QUERY): string {
  return withSearch(CHANGES_FEED_PATH, toSearchParams(selectionQuery(query)));
}

/** The changes feed of one Ressort's services: /feeds/aenderungen.atom?ressort=MI */
export function ressortFeedHref(kuerzel: string): string {
  return changesFeedHref({ ...EMPTY_QUERY, filters: { ressort: [kuerzel] } });
}

/** /termine.ics, optionally for one category and/or services. */
export function calendarHref(options: { category?: NewsCategory | null; ozgIds?: readonly string[] } = {}): string {
  const params = new URLSearchParams();
  if (options.category) params.set("kategorie", options.category);
  for (const id of options.ozgIds ?? []) params.append("ozgId", id);
  return withSearch(CALENDAR_PATH, params);
}

/** /aktuelles/<slug>/termin.ics: the dates of one news item. */
export function itemCalendarHref(slug: string): string {
  return `/aktuelles/${slug}/termin.ics`;
}
