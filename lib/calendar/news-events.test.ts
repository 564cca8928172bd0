import { describe, expect, it } from "vitest";
import { newsItem } from "../news/fixtures";
import { filterEvents } from "./event";
import { hasCalendarDates, newsItemEvents } from "./news-events";

describe("newsItemEvents", () => {
  it("gives a Meldung without deadline no event", () => {
    const item = newsItem({ slug: "m", category: "Meldung" });
    expect(newsItemEvents(item)).toEqual([]);
    expect(hasCalendarDates(item)).toBe(false);
  });

  it("gives a Frist one all-day event on its deadline, not busy", () => {
    const [e, ...rest] = newsItemEvents(newsItem({ slug: "f", category: "Frist", title: "Pilotkommunen gesucht", shortTitle: "Pilotkommunen", deadline: "2022-11-21", ozgIds: ["10257"] }));
    expect(rest).toEqual([]);
    expect([e.summary, e.start, e.end, e.transparent, e.category, e.url]).toEqual(["Frist: Pilotkommunen", { date: "2022-11-21" }, undefined, true, "Frist", "/aktuelles/f"]);
    expect(e.description).toContain("Die Frist endet am 21.11.2022.");
    expect(e.description).toContain("OZG-IDs: 10257");
  });

  it("gives an event over several days its first and last day, and a timed one its times", () => {
    const [days] = newsItemEvents(newsItem({ slug: "k", category: "Veranstaltung", date: "2022-11-15", endDate: "2022-11-17" }));
    expect([days.start, days.end]).toEqual([{ date: "2022-11-15" }, { date: "2022-11-17" }]);
    const [timed] = newsItemEvents(newsItem({ slug: "d", category: "Veranstaltung", date: "2022-11-03", startTime: "09:00", endTime: "17:00", location: "Essen" }));
    expect([timed.start, timed.end, timed.location]).toEqual([{ date: "2022-11-03", time: "09:00" }, { date: "2022-11-03", time: "17:00" }, "Essen"]);
  });

  it("gives a Sprechstunde with a registration deadline two events with distinct, stable UIDs", () => {
    const item = newsItem({ slug: "s", category: "Sprechstunde", date: "2022-12-01", deadline: "2022-11-25" });
    const events = newsItemEvents(item);
    expect(events.map((e) => e.summary)).toEqual(["s", "Frist: s"]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    expect(newsItemEvents(item).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it("uses the file's modification time as the revision, else the item's date", () => {
    expect(newsItemEvents(newsItem({ slug: "a", category: "Frist", deadline: "2022-11-21", modifiedMs: 1667000000000 }))[0].modifiedMs).toBe(1667000000000);
    expect(newsItemEvents(newsItem({ slug: "b", category: "Frist", deadline: "2022-11-21", date: "2022-11-01" }))[0].modifiedMs).toBe(Date.parse("2022-11-01T00:00:00Z"));
  });
});

describe("filterEvents", () => {
  const events = [
    ...newsItemEvents(newsItem({ slug: "a", category: "Frist", deadline: "2022-11-21", ozgIds: ["1"] })),
    ...newsItemEvents(newsItem({ slug: "b", category: "Sprechstunde", ozgIds: ["2"] })),
  ];
  it("filters by category and by any of the OZG-IDs", () => {
    expect(filterEvents(events, { category: "Frist" }).map((e) => e.source)).toEqual(["aktuelles/a"]);
    expect(filterEvents(events, { ozgIds: ["2", "3"] }).map((e) => e.source)).toEqual(["aktuelles/b"]);
    expect(filterEvents(events, {})).toHaveLength(2);
  });
});
