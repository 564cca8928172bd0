/**
 * The dates in the news as calendar events: a Sprechstunde or Veranstaltung on its day(s),
 * with its times when given; and every deadline as an all-day event „Frist: …“ on its last day
 * (a Frist item has only that; an event with a registration deadline has both).
 */
import { formatDate } from "../format";
import { uuidV5 } from "../http/stable-id";
import { newsItemHref } from "../routes";
import { EVENT_CATEGORIES, type NewsItem } from "../news/schema";
import type { CalendarEvent } from "./event";

/** Without a file time (e.g. items not read from disk) the item's own date stands in. */
function modifiedOf(item: NewsItem): number {
  return item.modifiedMs ?? Date.parse(`${item.date}T00:00:00Z`);
}

function description(item: NewsItem, extra: string[]): string {
  return [item.summary ?? item.title, ...extra, item.ozgIds.length ? `OZG-IDs: ${item.ozgIds.join(", ")}` : ""].filter(Boolean).join("\n\n");
}

/** The events of one news item (none for a Meldung without deadline). */
export function newsItemEvents(item: NewsItem): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const common = {
    location: item.location,
    url: newsItemHref(item.slug),
    category: item.category,
    ozgIds: item.ozgIds,
    modifiedMs: modifiedOf(item),
    source: item.file.replace(/\.md$/, ""),
  };
  if (EVENT_CATEGORIES.includes(item.category)) {
    const lastDay = item.endDate ?? item.date;
    const end =
      item.startTime && item.endTime ? { date: lastDay, time: item.endTime } : !item.startTime && lastDay !== item.date ? { date: lastDay } : undefined;
    events.push({
      ...common,
      uid: uuidV5(`aktuelles/${item.slug}#termin`),
      summary: item.title,
      description: description(item, item.deadline ? [`Frist: ${formatDate(item.deadline)}`] : []),
      start: { date: item.date, time: item.startTime },
      end,
    });
  }
  if (item.deadline) {
    events.push({
      ...common,
      uid: uuidV5(`aktuelles/${item.slug}#frist`),
      summary: `Frist: ${item.shortTitle ?? item.title}`,
      description: description(item, [`Die Frist endet am ${formatDate(item.deadline)}.`]),
      // A deadline is a day, not a place to be.
      location: undefined,
      start: { date: item.deadline },
      transparent: true,
    });
  }
  return events;
}

/** All events of the news. */
export function newsEvents(items: readonly NewsItem[]): CalendarEvent[] {
  return items.flatMap(newsItemEvents);
}

/** True when the item has a date to put in a calendar. */
export function hasCalendarDates(item: NewsItem): boolean {
  return EVENT_CATEGORIES.includes(item.category) || item.deadline !== undefined;
}
