/** The iCalendar writer, read back with ical.js (the parser of Thunderbird's calendar). */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "./event";
import { escapeText, foldLine, icsCalendar, nextDay } from "./ics";

const BASE = "https://ozg.example.de";

function event(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    uid: "uid-1",
    summary: "Termin",
    start: { date: "2022-11-03" },
    category: "Veranstaltung",
    ozgIds: [],
    modifiedMs: Date.parse("2022-10-30T09:15:00Z"),
    source: "test",
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("foldLine", () => {
  const octets = (s: string) => Buffer.byteLength(s, "utf8");

  it("leaves lines of up to 75 octets alone", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
  });

  it("folds at 75 octets; continuation lines start with a space and stay within 75 octets", () => {
    const lines = foldLine(`SUMMARY:${"x".repeat(200)}`).split("\r\n");
    expect(lines.length).toBe(3);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(`SUMMARY:${"x".repeat(200)}`);
  });

  it("never splits a UTF-8 character (umlauts, „“, emoji)", () => {
    const text = `DESCRIPTION:${"Änderung „Einbürgerung“ 🇩🇪 ".repeat(12)}`;
    const lines = foldLine(text).split("\r\n");
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A split character would not survive a decode/encode round trip.
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(text);
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks and drops control characters", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf\rg\u0007h")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ngh");
  });
});

describe("icsCalendar", () => {
  const tricky = "Halle 3; Messe, Essen \\ Eingang\nSüd";
  const ics = icsCalendar(
    [
      event({ uid: "ganztags", summary: "KommDIGITALE, 2022; Berlin", start: { date: "2022-11-15" }, end: { date: "2022-11-17" }, location: tricky, url: "/aktuelles/k" }),
      event({ uid: "zeit", summary: "dikomm", start: { date: "2022-11-03", time: "09:00" }, end: { date: "2022-11-03", time: "17:00" } }),
      event({ uid: "sommer", summary: "Sommer", start: { date: "2022-07-01", time: "10:30" }, end: { date: "2022-07-01", time: "12:00" } }),
      event({ uid: "frist", summary: "Frist: Einbürgerung", start: { date: "2022-11-21" }, transparent: true, category: "Frist" }),
    ],
    { name: "Termine, Fristen; alles", baseUrl: BASE },
  );

  it("ends every line with CRLF and keeps lines within 75 octets", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("is read by ical.js with the values as written, escapes undone", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    // ical.js leaves X- properties raw; the name is a TEXT value like SUMMARY.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Termine\\, Fristen\\; alles");
    const [ganztags] = parse(ics);
    expect(ganztags.uid).toBe("ganztags");
    expect(ganztags.summary).toBe("KommDIGITALE, 2022; Berlin");
    expect(ganztags.location).toBe(tricky);
    expect(ganztags.component.getFirstPropertyValue("url")).toBe("https://ozg.example.de/aktuelles/k");
  });

  it("writes whole days as VALUE=DATE with an exclusive DTEND", () => {
    const [ganztags, , , frist] = parse(ics);
    expect(ganztags.startDate.isDate).toBe(true);
    expect(ganztags.startDate.toString()).toBe("2022-11-15");
    expect(ganztags.endDate.toString()).toBe("2022-11-18");
    expect(frist.startDate.toString()).toBe("2022-11-21");
    expect(frist.endDate.toString()).toBe("2022-11-22");
    expect(frist.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    expect(ics).toContain("DTSTART;VALUE=DATE:20221115\r\n");
  });

  it("writes timed events with TZID=Europe/Berlin and a VTIMEZONE that gives the right instants in winter and summer", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vtimezone = calendar.getFirstSubcomponent("vtimezone")!;
    expect(vtimezone.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
    const zone = new ICAL.Timezone(vtimezone);
    const [, zeit, sommer] = parse(ics);
    expect(zeit.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Berlin");
    zeit.startDate.zone = zone;
    zeit.endDate.zone = zone;
    sommer.startDate.zone = zone;
    // 09:00 CET = 08:00 UTC; 10:30 CEST = 08:30 UTC.
    expect(zeit.startDate.toJSDate().toISOString()).toBe("2022-11-03T08:00:00.000Z");
    expect(zeit.endDate.toJSDate().toISOString()).toBe("2022-11-03T16:00:00.000Z");
    expect(sommer.startDate.toJSDate().toISOString()).toBe("2022-07-01T08:30:00.000Z");
  });

  it("stamps each event with its last revision in UTC", () => {
    const [ganztags] = parse(ics);
    expect(ganztags.component.getFirstPropertyValue("dtstamp")!.toString()).toBe("2022-10-30T09:15:00Z");
  });

  it("gives equal bytes for equal events (the ETag relies on it)", () => {
    const again = icsCalendar([event({})], { name: "x", baseUrl: BASE });
    expect(icsCalendar([event({})], { name: "x", baseUrl: BASE })).toBe(again);
  });
});

describe("nextDay", () => {
  it.each([
    ["2022-11-30", "2022-12-01"],
    ["2022-12-31", "2023-01-01"],
    ["2024-02-28", "2024-02-29"],
    ["2022-03-26", "2022-03-27"],
  ])("%s → %s", (day, next) => expect(nextDay(day)).toBe(next));
});
