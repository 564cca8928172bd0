/**
 * News in time: which deadlines are open and how many days are left, what is upcoming, what
 * is past, what is newest. "Today" is always a parameter (YYYY-MM-DD), so tests fix it.
 *
 * The rule: days left count from TODAY, the real calendar date in Sachsen-Anhalt
 * (Europe/Berlin), not from the Stand shown. A deadline is a date in the real world; the
 * Stand only says how old the overview's data is. A deadline runs to the end of its day.
 * NEWS_TODAY (YYYY-MM-DD) overrides today, for demonstrations of the sample and for tests.
 */
import { isIsoDate } from "../iso-date";
import { EVENT_CATEGORIES, type NewsCategory, type NewsItem } from "./schema";

const BERLIN_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Sachsen-Anhalt at `now`, as YYYY-MM-DD. */
export function berlinDate(now: Date): string {
  return BERLIN_DATE.format(now);
}

/** Today for the news: NEWS_TODAY when set to a valid date, else the date in Europe/Berlin. */
export function newsToday(now: Date = new Date(), override: string | undefined = process.env.NEWS_TODAY): string {
  return override && isIsoDate(override.trim()) ? override.trim() : berlinDate(now);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export type DeadlineStatus =
  | { state: "open"; deadline: string; daysLeft: number }
  | { state: "expired"; deadline: string; daysAgo: number };

/** Open until the end of the deadline's day: daysLeft 0 means "ends today". */
export function deadlineStatus(deadline: string, today: string): DeadlineStatus {
  const days = daysBetween(today, deadline);
  return days >= 0 ? { state: "open", deadline, daysLeft: days } : { state: "expired", deadline, daysAgo: -days };
}

/** The item's open deadline, if any. */
export function openDeadline(item: NewsItem, today: string): (DeadlineStatus & { state: "open" }) | null {
  if (!item.deadline) return null;
  const status = deadlineStatus(item.deadline, today);
  return status.state === "open" ? status : null;
}

/** The last day on which the item is still ahead of us, or null for plain news (Meldung without deadline). */
export function relevantUntil(item: NewsItem): string | null {
  const eventEnd = EVENT_CATEGORIES.includes(item.category) ? (item.endDate ?? item.date) : null;
  const candidates = [eventEnd, item.deadline ?? null].filter((d): d is string => d !== null);
  return candidates.length === 0 ? null : candidates.sort().at(-1)!;
}

/** Sprechstunden, Veranstaltungen and deadlines whose (last) day is today or later. */
export function isUpcoming(item: NewsItem, today: string): boolean {
  const until = relevantUntil(item);
  return until !== null && until >= today;
}

/** The date an upcoming item is sorted by: a Frist by its deadline, everything else by its date. */
export function nextDate(item: NewsItem): string {
  return item.category === "Frist" && item.deadline ? item.deadline : item.date;
}

// On the same day, a Frist comes first: it asks the reader to act.
const CATEGORY_ORDER: readonly NewsCategory[] = ["Frist", "Sprechstunde", "Veranstaltung", "Meldung"];
const collator = new Intl.Collator("de");

function tieBreak(a: NewsItem, b: NewsItem): number {
  return CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || collator.compare(a.title, b.title) || a.slug.localeCompare(b.slug);
}

/** Newest date first; on the same date a Frist before the rest, then by title. */
export function newestFirst(items: readonly NewsItem[]): NewsItem[] {
  return [...items].sort((a, b) => (a.date === b.date ? tieBreak(a, b) : a.date < b.date ? 1 : -1));
}

/** Soonest first, by nextDate(). */
export function soonestFirst(items: readonly NewsItem[]): NewsItem[] {
  return [...items].sort((a, b) => {
    const [x, y] = [nextDate(a), nextDate(b)];
    return x === y ? tieBreak(a, b) : x < y ? -1 : 1;
  });
}

export interface Timeline {
  /** Dates and deadlines still ahead (today included), soonest first. */
  upcoming: NewsItem[];
  /** Everything else (news, past dates, expired deadlines), newest first. */
  past: NewsItem[];
}

export function splitTimeline(items: readonly NewsItem[], today: string): Timeline {
  return {
    upcoming: soonestFirst(items.filter((i) => isUpcoming(i, today))),
    past: newestFirst(items.filter((i) => !isUpcoming(i, today))),
  };
}

export interface NewsDigest {
  /** Items with an open deadline, soonest deadline first: always shown, highlighted. */
  openDeadlines: NewsItem[];
  /** The newest other items. */
  latest: NewsItem[];
}

export const DIGEST_SIZE = 5;

/** What the dashboard shows: every open deadline, then the newest `size` other items. */
export function newsDigest(items: readonly NewsItem[], today: string, size: number = DIGEST_SIZE): NewsDigest {
  const open = items.filter((i) => openDeadline(i, today) !== null);
  const openSet = new Set(open);
  return {
    openDeadlines: [...open].sort((a, b) => (a.deadline! < b.deadline! ? -1 : a.deadline! > b.deadline! ? 1 : tieBreak(a, b))),
    latest: newestFirst(items.filter((i) => !openSet.has(i))).slice(0, size),
  };
}

