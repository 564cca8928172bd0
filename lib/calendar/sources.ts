/**
 * Where calendar events come from. Each source says cheaply what its events depend on (for the
 * ETag) and gives its events; /termine.ics shows the events of all sources. Reuse calls with
 * their deadlines become a second source here.
 */
import { getNews, newsVersion } from "../news/store";
import type { CalendarEvent } from "./event";
import { newsEvents } from "./news-events";

export interface CalendarSource {
  name: string;
  /** Identity of what the events are built from, without building them. */
  version(): Promise<{ parts: string[]; lastModifiedMs: number }>;
  events(): Promise<CalendarEvent[]>;
}

export const NEWS_SOURCE: CalendarSource = {
  name: "aktuelles",
  async version() {
    const v = await newsVersion();
    return { parts: [`aktuelles ${v.signature}`], lastModifiedMs: v.lastModifiedMs };
  },
  async events() {
    return newsEvents((await getNews()).items);
  },
};

export const CALENDAR_SOURCES: readonly CalendarSource[] = [NEWS_SOURCE];

export async function sourcesVersion(sources: readonly CalendarSource[] = CALENDAR_SOURCES) {
  const versions = await Promise.all(sources.map((s) => s.version()));
  return { parts: versions.flatMap((v) => v.parts), lastModifiedMs: Math.max(0, ...versions.map((v) => v.lastModifiedMs)) };
}

export async function allEvents(sources: readonly CalendarSource[] = CALENDAR_SOURCES): Promise<CalendarEvent[]> {
  return (await Promise.all(sources.map((s) => s.events()))).flat();
}
