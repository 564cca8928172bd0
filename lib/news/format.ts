/** German texts for news dates and deadlines, shared by the dashboard and /aktuelles. */
import { formatDate, formatLongDate } from "../format";
import { EVENT_CATEGORIES, type NewsCategory, type NewsItem } from "./schema";
import type { DeadlineStatus } from "./timeline";

const LONG_DATE = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT_DATE = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "21. November 2022", or "15.–17. November 2022" for an event over several days. */
export function newsDateLong(item: Pick<NewsItem, "date" | "endDate">): string {
  if (!item.endDate || item.endDate === item.date) return formatLongDate(item.date);
  return LONG_DATE.formatRange(utc(item.date), utc(item.endDate));
}

/** "21.11.2022", or "15.11.2022 – 17.11.2022" for an event over several days. */
export function newsDateShort(item: Pick<NewsItem, "date" | "endDate">): string {
  if (!item.endDate || item.endDate === item.date) return formatDate(item.date);
  return SHORT_DATE.formatRange(utc(item.date), utc(item.endDate));
}

type DatedItem = Pick<NewsItem, "date" | "endDate" | "category">;

/**
 * What the item's date is: the day it takes place for Sprechstunden and Veranstaltungen
 * ("07.–09.11.2023"), else the day of publication ("veröffentlicht 01.11.2022"), never to be
 * mistaken for a deadline.
 */
export function newsDateLabel(item: DatedItem, long = false): string {
  if (EVENT_CATEGORIES.includes(item.category)) return long ? newsDateLong(item) : newsDateShort(item);
  return long ? `veröffentlicht am ${formatLongDate(item.date)}` : `veröffentlicht ${formatDate(item.date)}`;
}

/** "veröffentlicht 01.11.2022 · Frist 21.11.2022": the date label, with the deadline when there is one. */
export function newsDateLine(item: DatedItem & Pick<NewsItem, "deadline">): string {
  const date = newsDateLabel(item);
  return item.deadline ? `${date} · Frist ${formatDate(item.deadline)}` : date;
}

/** "Frist bis 21.11.2022: noch 20 Tage" / "…: endet heute" / "Frist abgelaufen am 21.11.2022". */
export function deadlineText(status: DeadlineStatus): string {
  const date = formatDate(status.deadline);
  if (status.state === "expired") return `Frist abgelaufen am ${date}`;
  const left = status.daysLeft === 0 ? "endet heute" : status.daysLeft === 1 ? "noch 1 Tag" : `noch ${status.daysLeft} Tage`;
  return `Frist bis ${date}: ${left}`;
}

/** Category names as headings and filter labels. */
export const CATEGORY_PLURAL: Record<NewsCategory, string> = {
  Meldung: "Meldungen",
  Sprechstunde: "Sprechstunden",
  Veranstaltung: "Veranstaltungen",
  Frist: "Fristen",
};

const clock = (time: string) => time.replace(/^0(\d)/, "$1");

/** "9:00–17:00 Uhr", "ab 9:00 Uhr", or for several days "Beginn 18:00 Uhr, Ende 12:00 Uhr"; null without times. */
export function newsTimeText(item: Pick<NewsItem, "date" | "endDate" | "startTime" | "endTime">): string | null {
  if (!item.startTime) return null;
  const severalDays = item.endDate !== undefined && item.endDate !== item.date;
  if (!item.endTime) return `ab ${clock(item.startTime)} Uhr`;
  if (severalDays) return `Beginn ${clock(item.startTime)} Uhr, Ende ${clock(item.endTime)} Uhr`;
  return `${clock(item.startTime)}–${clock(item.endTime)} Uhr`;
}
