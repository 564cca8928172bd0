/** German display formats, shared by pages and charts. */
const DATE = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const LONG_DATE = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const NUMBER = new Intl.NumberFormat("de-DE");

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** "2022-10-28" → "28.10.2022" */
export function formatDate(isoDate: string): string {
  return DATE.format(utcDate(isoDate));
}

/** "2022-10-28" → "28. Oktober 2022" */
export function formatLongDate(isoDate: string): string {
  return LONG_DATE.format(utcDate(isoDate));
}

/** 100000 → "100.000" */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "1 Leistung" / "57 Leistungen" */
export function leistungenCount(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? "Leistung" : "Leistungen"}`;
}

const dateTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });

/** An instant (ISO 8601) as German date and time in Germany, e.g. „01.12.2026, 13:05“. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
