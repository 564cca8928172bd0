/** /termine.ics and /aktuelles/<slug>/termin.ics on the sample, read with ical.js and compared with the news files. */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { useDataDir } from "../test/data-dir";
import { sampleNews } from "../feeds/test-sample";
import { calendarResponse, itemCalendarResponse } from "./termine";

useDataDir("data");

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3500${path}`, { headers });

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

/** What the files promise: each Sprechstunde/Veranstaltung on its day, each deadline as „Frist: …“. */
function expected(filter: (n: ReturnType<typeof sampleNews>[number]) => boolean = () => true) {
  const out: { summary: string; start: string }[] = [];
  for (const n of sampleNews().filter(filter)) {
    const { category, title, shortTitle, date, deadline } = n.fields;
    if (category === "Sprechstunde" || category === "Veranstaltung") out.push({ summary: title, start: date });
    if (deadline) out.push({ summary: `Frist: ${shortTitle ?? title}`, start: deadline });
  }
  return out.sort((a, b) => (a.summary < b.summary ? -1 : 1));
}

const summaries = (list: ReturnType<typeof events>) =>
  list.map((e) => ({ summary: e.summary, start: e.startDate.toString().slice(0, 10) })).sort((a, b) => (a.summary < b.summary ? -1 : 1));

describe("GET /termine.ics", () => {
  it("holds every date and deadline of the sample news, as the files give them", async () => {
    const response = await calendarResponse(request("/termine.ics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const list = events(await response.text());
    expect(summaries(list)).toEqual(expected());
    expect(list.length).toBeGreaterThan(8);
  });

  it("gives every event a unique UID that stays the same on the next request", async () => {
    const first = events(await (await calendarResponse(request("/termine.ics"))).text()).map((e) => e.uid);
    const second = events(await (await calendarResponse(request("/termine.ics?x=1"))).text()).map((e) => e.uid);
    expect(new Set(first).size).toBe(first.length);
    expect(second).toEqual(first);
  });

  it("writes the one timed sample event (dikomm, 9–17 Uhr) in Europe/Berlin and whole days as dates", async () => {
    const list = events(await (await calendarResponse(request("/termine.ics"))).text());
    const dikomm = list.find((e) => e.summary === "dikomm 2022 in Essen")!;
    expect(dikomm.startDate.isDate).toBe(false);
    expect(dikomm.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Berlin");
    expect([dikomm.startDate.toString(), dikomm.endDate.toString()]).toEqual(["2022-11-03T09:00:00", "2022-11-03T17:00:00"]);
    const kommdigitale = list.find((e) => e.summary === "KommDIGITALE 2022")!;
    expect([kommdigitale.startDate.toString(), kommdigitale.endDate.toString()]).toEqual(["2022-11-15", "2022-11-18"]);
  });

  it("filters by kategorie (as on /aktuelles, case ignored) and by ozgId", async () => {
    const frist = events(await (await calendarResponse(request("/termine.ics?kategorie=frist"))).text());
    expect(summaries(frist)).toEqual(expected((n) => n.fields.category === "Frist"));
    const einbuergerung = events(await (await calendarResponse(request("/termine.ics?ozgId=10257"))).text());
    expect(summaries(einbuergerung)).toEqual(expected((n) => n.ozgIds.includes("10257")));
    expect(einbuergerung.length).toBe(2);
  });

  it.each([
    ["kategorie=Termin", "Parameter „kategorie“: „Termin“ ist keine bekannte Kategorie. Erlaubt: Meldung, Sprechstunde, Veranstaltung, Frist."],
    ["ozgId=10O35", "Parameter „ozgId“: „10O35“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10056)."],
  ])("answers ?%s with 400 and a German message", async (search, message) => {
    const response = await calendarResponse(request(`/termine.ics?${search}`));
    expect(response.status).toBe(400);
    expect((await response.text()).trim()).toBe(message);
  });

  it("answers 304 to If-None-Match and If-Modified-Since", async () => {
    const first = await calendarResponse(request("/termine.ics"));
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect((await calendarResponse(request("/termine.ics", { "if-none-match": etag }))).status).toBe(304);
    expect((await calendarResponse(request("/termine.ics", { "if-modified-since": lastModified }))).status).toBe(304);
    // Another filter is another answer.
    expect((await calendarResponse(request("/termine.ics?kategorie=Frist", { "if-none-match": etag }))).status).toBe(200);
  });
});

describe("GET /aktuelles/<slug>/termin.ics", () => {
  it("downloads the events of one item, with the same UIDs as in the whole calendar", async () => {
    const response = await itemCalendarResponse(request("/aktuelles/einbuergerung-nachnutzung/termin.ics"), "einbuergerung-nachnutzung");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="einbuergerung-nachnutzung.ics"');
    const [frist] = events(await response.text());
    expect(frist.summary).toBe("Frist: Digitale Einbürgerung – Pilotkommunen gesucht");
    expect(frist.startDate.toString()).toBe("2022-11-21");
    expect(frist.component.getFirstPropertyValue("url")).toBe("http://127.0.0.1:3500/aktuelles/einbuergerung-nachnutzung");
    const all = events(await (await calendarResponse(request("/termine.ics"))).text());
    expect(all.map((e) => e.uid)).toContain(frist.uid);
  });

  it.each([
    ["an unknown item", "gibt-es-nicht", "Beitrag nicht gefunden."],
    ["a Meldung without deadline", "egovernment-monitor-2022", "Dieser Beitrag hat keinen Termin und keine Frist."],
    ["a slug that is no file name", "../metadata", "Beitrag nicht gefunden."],
  ])("answers %s with 404", async (_name, slug, message) => {
    const response = await itemCalendarResponse(request(`/aktuelles/x/termin.ics`), slug);
    expect(response.status).toBe(404);
    expect((await response.text()).trim()).toBe(message);
  });
});
