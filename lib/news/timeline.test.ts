import { describe, expect, it } from "vitest";
import { newsItem } from "./fixtures";
import { berlinDate, daysBetween, deadlineStatus, isUpcoming, newestFirst, newsDigest, newsToday, splitTimeline } from "./timeline";

describe("today", () => {
  it("is the calendar date in Europe/Berlin, not in UTC", () => {
    // 23:30 UTC on 20 November is already 21 November in Magdeburg (CET, UTC+1).
    expect(berlinDate(new Date("2022-11-20T23:30:00Z"))).toBe("2022-11-21");
    // Summer time (CEST, UTC+2).
    expect(berlinDate(new Date("2022-06-30T22:30:00Z"))).toBe("2022-07-01");
    expect(berlinDate(new Date("2022-11-21T12:00:00Z"))).toBe("2022-11-21");
  });

  it("can be overridden with a valid NEWS_TODAY, and ignores an invalid one", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(newsToday(now, "2022-11-01")).toBe("2022-11-01");
    expect(newsToday(now, " 2022-11-01 ")).toBe("2022-11-01");
    expect(newsToday(now, "2022-13-01")).toBe("2026-11-28");
    expect(newsToday(now, "")).toBe("2026-11-28");
    expect(newsToday(now, undefined)).toBe("2026-11-28");
  });
});

describe("deadlines", () => {
  it.each([
    ["2022-11-01", 20],
    ["2022-11-20", 1],
    ["2022-10-31", 21],
    ["2022-03-26", 240], // across the change to summer time
  ])("from %s, 21 November 2022 is %i days away", (today, days) => {
    expect(daysBetween(today, "2022-11-21")).toBe(days);
    expect(deadlineStatus("2022-11-21", today)).toEqual({ state: "open", deadline: "2022-11-21", daysLeft: days });
  });

  it("is still open on its own day (0 days left) and expired the day after", () => {
    expect(deadlineStatus("2022-11-21", "2022-11-21")).toEqual({ state: "open", deadline: "2022-11-21", daysLeft: 0 });
    expect(deadlineStatus("2022-11-21", "2022-11-22")).toEqual({ state: "expired", deadline: "2022-11-21", daysAgo: 1 });
  });
});

const frist = newsItem({ slug: "einbuergerung", category: "Frist", date: "2022-11-01", deadline: "2022-11-21" });
const dikomm = newsItem({ slug: "dikomm", category: "Veranstaltung", date: "2022-11-03" });
const kommdigitale = newsItem({ slug: "kommdigitale", category: "Veranstaltung", date: "2022-11-15", endDate: "2022-11-17" });
const sprechstunde = newsItem({ slug: "sprechstunde", category: "Sprechstunde", date: "2022-10-12" });
const meldung = newsItem({ slug: "meldung", category: "Meldung", date: "2022-11-01" });
const futureMeldung = newsItem({ slug: "ankuendigung", category: "Meldung", date: "2022-12-01" });
const registration = newsItem({ slug: "anmeldung", category: "Veranstaltung", date: "2022-10-20", deadline: "2022-11-10" });

describe("upcoming or past", () => {
  it.each([
    [frist, "2022-11-21", true],
    [frist, "2022-11-22", false],
    [dikomm, "2022-11-03", true],
    [dikomm, "2022-11-04", false],
    [kommdigitale, "2022-11-17", true], // last day of a multi-day event
    [kommdigitale, "2022-11-18", false],
    [sprechstunde, "2022-10-01", true],
    [meldung, "2022-10-01", false], // news are never "upcoming"
    [futureMeldung, "2022-11-01", false],
    [registration, "2022-11-05", true], // the event is past, its deadline is not
  ])("%# %o on %s → %s", (item, today, expected) => {
    expect(isUpcoming(item, today)).toBe(expected);
  });

  it("splits into upcoming (soonest first; a Frist by its deadline) and past (newest first)", () => {
    const { upcoming, past } = splitTimeline([meldung, sprechstunde, frist, kommdigitale, dikomm], "2022-11-01");
    expect(upcoming.map((i) => i.slug)).toEqual(["dikomm", "kommdigitale", "einbuergerung"]);
    expect(past.map((i) => i.slug)).toEqual(["meldung", "sprechstunde"]);
  });

  it("puts everything in the past once the dates have passed", () => {
    const { upcoming, past } = splitTimeline([meldung, sprechstunde, frist, kommdigitale, dikomm], "2026-11-28");
    expect(upcoming).toEqual([]);
    expect(past.map((i) => i.slug)).toEqual(["kommdigitale", "dikomm", "einbuergerung", "meldung", "sprechstunde"]);
  });
});

describe("newestFirst", () => {
  it("orders by date, and on the same date a Frist first, then by title", () => {
    const a = newsItem({ slug: "a", title: "Zulassung", date: "2022-11-01" });
    const b = newsItem({ slug: "b", title: "Antrag", date: "2022-11-01" });
    const c = newsItem({ slug: "c", title: "Zeit", date: "2022-11-01", category: "Frist", deadline: "2022-12-01" });
    const d = newsItem({ slug: "d", title: "Älter", date: "2022-10-01" });
    expect(newestFirst([d, a, b, c]).map((i) => i.slug)).toEqual(["c", "b", "a", "d"]);
  });
});

describe("newsDigest (the dashboard's aside)", () => {
  const items = [meldung, sprechstunde, frist, kommdigitale, dikomm, futureMeldung];

  it("pins open deadlines and lists the newest others", () => {
    const digest = newsDigest(items, "2022-11-01", 3);
    expect(digest.openDeadlines.map((i) => i.slug)).toEqual(["einbuergerung"]);
    expect(digest.latest.map((i) => i.slug)).toEqual(["ankuendigung", "kommdigitale", "dikomm"]);
  });

  it("lists an expired deadline among the newest items, not pinned", () => {
    const digest = newsDigest(items, "2026-11-28", 5);
    expect(digest.openDeadlines).toEqual([]);
    expect(digest.latest.map((i) => i.slug)).toEqual(["ankuendigung", "kommdigitale", "dikomm", "einbuergerung", "meldung"]);
  });

  it("orders several open deadlines by the deadline", () => {
    const later = newsItem({ slug: "spaeter", category: "Frist", date: "2022-10-01", deadline: "2022-12-31" });
    const digest = newsDigest([later, frist], "2022-11-01");
    expect(digest.openDeadlines.map((i) => i.slug)).toEqual(["einbuergerung", "spaeter"]);
  });
});
