/**
 * iCalendar (RFC 5545) for the events: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped (\\ ; , and line breaks), a VTIMEZONE for
 * Europe/Berlin and TZID on timed events, whole days as VALUE=DATE with an exclusive DTEND.
 * No METHOD: DTSTAMP then means "last revised" (§3.8.7.2), so the file depends only on the
 * data and equal data give equal bytes (the ETag relies on it).
 */
import { icsUtc } from "../berlin-time";
import { absoluteUrl } from "../http/base-url";
import type { CalendarEvent, EventTime } from "./event";

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
export const TZID = "Europe/Berlin";

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** Folds one content line: continuation lines start with a space and hold at most 74 octets. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

// TEXT cannot hold control characters other than tab (RFC 5545 §3.3.11, TSAFE-CHAR).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value: backslash, semicolon, comma escaped; any line break as \n. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const compactDate = (date: string) => date.replace(/-/g, "");

/** The day after an ISO date (DTEND of whole days is exclusive). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function timeProperty(name: "DTSTART" | "DTEND", t: EventTime): string {
  if (!t.time) return `${name};VALUE=DATE:${compactDate(t.date)}`;
  return `${name};TZID=${TZID}:${compactDate(t.date)}T${t.time.replace(":", "")}00`;
}

/** Europe/Berlin since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "X-LIC-LOCATION:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function eventLines(event: CalendarEvent, baseUrl: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.modifiedMs)}`,
    `LAST-MODIFIED:${icsUtc(event.modifiedMs)}`,
    timeProperty("DTSTART", event.start),
  ];
  if (!event.start.time) {
    // Whole days: DTEND is the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${compactDate(nextDay(event.end?.date ?? event.start.date))}`);
  } else if (event.end?.time) {
    lines.push(timeProperty("DTEND", event.end));
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${absoluteUrl(baseUrl, event.url)}`);
  lines.push(`CATEGORIES:${escapeText(event.category)}`);
  lines.push(`TRANSP:${event.transparent ? "TRANSPARENT" : "OPAQUE"}`);
  lines.push("END:VEVENT");
  return lines;
}

export interface CalendarOptions {
  /** The calendar's name in the reader (NAME, X-WR-CALNAME). */
  name: string;
  description?: string;
  baseUrl: string;
}

/** The whole VCALENDAR, every line folded and ended with CRLF. */
export function icsCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Land Sachsen-Anhalt//OZG-Nachnutzungsuebersicht//DE",
    "CALSCALE:GREGORIAN",
    `NAME:${escapeText(options.name)}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.description ? [`DESCRIPTION:${escapeText(options.description)}`, `X-WR-CALDESC:${escapeText(options.description)}`] : []),
    `X-WR-TIMEZONE:${TZID}`,
    // Subscribed calendars are fetched again after this (RFC 7986; Outlook reads X-PUBLISHED-TTL).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...VTIMEZONE,
    ...events.flatMap((e) => eventLines(e, options.baseUrl)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
