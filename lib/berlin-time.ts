/**
 * Dates of the data (Stände, news dates) are calendar days in Sachsen-Anhalt. Feeds need
 * instants: the start of such a day in Europe/Berlin, with its offset (+01:00 or +02:00).
 */
const OFFSET = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" });

/** The UTC offset of Europe/Berlin at an instant: "+01:00" (CET) or "+02:00" (CEST). */
export function berlinOffsetAt(ms: number): string {
  const name = OFFSET.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "GMT+01:00";
  const offset = name.replace("GMT", "");
  return offset === "" ? "+00:00" : offset;
}

/**
 * "2022-10-28T00:00:00+02:00": the start of a day in Europe/Berlin (RFC 3339, as Atom wants).
 * Summer time changes at 02:00/03:00, so midnight's offset is that of the day's noon.
 */
export function berlinStartOfDay(date: string): string {
  const noon = Date.parse(`${date}T12:00:00Z`);
  return `${date}T00:00:00${berlinOffsetAt(noon)}`;
}

/** "20221101T083000Z": an instant in UTC, as iCalendar's DTSTAMP and LAST-MODIFIED want. */
export function icsUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

/** Today in Germany, as YYYY-MM-DD (the default Stand of an import or an upload). */
export function berlinToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(now);
}
