import { describe, expect, it } from "vitest";
import { recordExportHref, recordHref } from "../routes";
import { parseApiRecordFilter, parsePageRecordFilter } from "./record-filter";

const p = (search: string) => new URLSearchParams(search);

describe("record filter of the staff page", () => {
  it("without parameters: the first page of 100, no filter", () => {
    expect(parsePageRecordFilter(p(""))).toEqual({ params: {}, filter: { limit: 100, offset: 0 }, problems: [], page: 1 });
  });

  it("reads action, actor, days in Europe/Berlin (bis included) and the page", () => {
    const parsed = parsePageRecordFilter(p("action=anmeldung&actor=Anna@Example.org&von=2026-03-02&bis=2026-07-01&seite=3"));
    expect(parsed.problems).toEqual([]);
    expect(parsed.page).toBe(3);
    expect(parsed.params).toEqual({ action: "anmeldung", actor: "anna@example.org", von: "2026-03-02", bis: "2026-07-01" });
    expect(parsed.filter).toEqual({
      action: "anmeldung",
      actor: "anna@example.org",
      // 00:00 in Berlin: winter UTC+1, summer UTC+2; "bis" is the start of the next day.
      from: "2026-03-01T23:00:00.000Z",
      to: "2026-07-01T22:00:00.000Z",
      limit: 100,
      offset: 200,
    });
  });

  it("keeps actors without @ as they are, and ignores empty fields of the form", () => {
    const parsed = parsePageRecordFilter(p("action=&actor=Kommandozeile&von=&bis="));
    expect(parsed.problems).toEqual([]);
    expect(parsed.params).toEqual({ actor: "Kommandozeile" });
  });

  it.each([
    ["action=loeschen", "„loeschen“ ist keine Aktion des Protokolls."],
    ["von=2026-02-30", "„von“ muss ein Datum (JJJJ-MM-TT) oder ein Zeitpunkt"],
    ["bis=gestern", "„bis“ muss ein Datum"],
    ["von=2026-03-05&bis=2026-03-01", "„von“ muss vor „bis“ liegen."],
    ["seite=0", "„seite“ muss eine ganze Zahl von 1 bis"],
    ["seite=zwei", "„seite“ muss eine ganze Zahl"],
    ["action=anmeldung&action=konto", "„action“ darf nur einmal vorkommen."],
  ])("refuses %s in German", (search, message) => {
    expect(parsePageRecordFilter(p(search)).problems.join(" ")).toContain(message);
  });
});

describe("record filter of GET /api/protokoll", () => {
  it("defaults to 100 entries from the first", () => {
    expect(parseApiRecordFilter(p("")).filter).toEqual({ limit: 100, offset: 0 });
  });

  it("takes limit up to 1000, offset, and instants with a time zone", () => {
    const parsed = parseApiRecordFilter(p("limit=1000&offset=50&von=2026-03-02T10:00:00%2B01:00&bis=2026-03-02T10:30:00Z"));
    expect(parsed.problems).toEqual([]);
    expect(parsed.filter).toEqual({ from: "2026-03-02T09:00:00.000Z", to: "2026-03-02T10:30:00.000Z", limit: 1000, offset: 50 });
  });

  it.each([["limit=1001"], ["limit=0"], ["limit=-5"], ["limit=1e3"], ["offset=-1"], ["von=2026-03-02T10:00:00"]])("refuses %s", (search) => {
    const { problems } = parseApiRecordFilter(p(search));
    expect(problems).toHaveLength(1);
  });
});

describe("links of the record", () => {
  it("keep only the set values, in a fixed order; page 1 has no seite", () => {
    expect(recordHref({ bis: "2026-03-02", action: "konto" })).toBe("/verwaltung/protokoll?action=konto&bis=2026-03-02");
    expect(recordHref({}, 1)).toBe("/verwaltung/protokoll");
    expect(recordHref({ actor: "a@b.de" }, 3)).toBe("/verwaltung/protokoll?actor=a%40b.de&seite=3");
    expect(recordExportHref({ action: "anmeldung" }, "xlsx")).toBe("/verwaltung/protokoll/export?action=anmeldung&format=xlsx");
  });

  it("round-trip through the parser", () => {
    const href = recordHref({ action: "anmeldung-fehlgeschlagen", actor: "unbekannt", von: "2026-03-01", bis: "2026-03-31" }, 2);
    const parsed = parsePageRecordFilter(new URL(href, "http://x").searchParams);
    expect(parsed.problems).toEqual([]);
    expect(parsed.params).toEqual({ action: "anmeldung-fehlgeschlagen", actor: "unbekannt", von: "2026-03-01", bis: "2026-03-31" });
    expect(parsed.page).toBe(2);
  });
});
