/**
 * A calendar event, whatever it comes from (news today; reuse calls with their deadline
 * later): the calendar writer knows only this shape, and sources add lists of it.
 */

/** A local day or a day and time in Europe/Berlin. */
export interface EventTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, Europe/Berlin; without it the event lasts whole days. */
  time?: string;
}

export interface CalendarEvent {
  /** Globally unique and stable: the same event keeps its UID across requests and instances. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** App path or absolute URL of the event's page. */
  url?: string;
  start: EventTime;
  /** Whole days: the last day (inclusive). Timed: the end time (on its date). Absent: a point in time / one day. */
  end?: EventTime;
  /** Shown as CATEGORIES, and what `?kategorie=` filters by (for news: the item's category). */
  category: string;
  /** The services concerned: what `?ozgId=` filters by. */
  ozgIds: readonly string[];
  /** Last revision in the source (ms): DTSTAMP and LAST-MODIFIED. */
  modifiedMs: number;
  /** A deadline is not busy time (TRANSP:TRANSPARENT). */
  transparent?: boolean;
  /** Where it comes from, e.g. "aktuelles/einbuergerung-nachnutzung". */
  source: string;
}

/** Events sorted by start (day, then time; all-day before timed), then UID: a stable order. */
export function byStart(a: CalendarEvent, b: CalendarEvent): number {
  const ka = `${a.start.date}T${a.start.time ?? ""}`;
  const kb = `${b.start.date}T${b.start.time ?? ""}`;
  return ka < kb ? -1 : ka > kb ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

export interface EventFilter {
  category?: string | null;
  /** Keep events concerning any of these services; empty = all. */
  ozgIds?: readonly string[];
}

export function filterEvents(events: readonly CalendarEvent[], filter: EventFilter): CalendarEvent[] {
  return events.filter(
    (e) =>
      (!filter.category || e.category === filter.category) &&
      (!filter.ozgIds?.length || e.ozgIds.some((id) => filter.ozgIds!.includes(id))),
  );
}
