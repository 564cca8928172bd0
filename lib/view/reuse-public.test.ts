import { describe, expect, it } from "vitest";
import { callEvents } from "../calendar/call-events";
import type { ReuseCall } from "../reuse/call-state";
import { reuseStatistics } from "../reuse/statistics";
import { callMarkers, callModel, mergeMarkers, statisticsModel } from "./reuse-public";
import { reuseChips, reuseFacetGroup, withReuseFacet } from "./reuse-facet";
import { EMPTY_QUERY } from "../query/query";

const call: ReuseCall = {
  id: "0f8fad5b-d9cb-469f-a165-70867728950e",
  ozgIds: ["10257", "10035"],
  frist: "2022-11-21",
  text: "Bitte bis 21. November melden.",
  newsSlug: "einbuergerung-nachnutzung",
  createdAt: "2022-11-01T08:00:00.000Z",
  createdBy: "a",
  updatedAt: "2022-11-02T08:00:00.000Z",
  updatedBy: "a",
};
const names = new Map([
  ["10257", "Einbürgerung"],
  ["10035", "Unterhaltsvorschuss"],
]);

describe("reuse on public pages", () => {
  it("a call says its days left, then that it ended, and links its news item", () => {
    const news = [{ slug: "einbuergerung-nachnutzung", title: "Digitale Einbürgerung: Pilotkommunen gesucht", shortTitle: undefined }] as never;
    expect(callModel(call, "2022-11-16", news, names)).toMatchObject({
      open: true,
      stateText: "noch 5 Tage",
      fristText: "21. November 2022",
      news: { href: "/aktuelles/einbuergerung-nachnutzung", title: "Digitale Einbürgerung: Pilotkommunen gesucht" },
      services: [
        { ozgId: "10257", leistung: "Einbürgerung", href: "/leistungen/10257" },
        { ozgId: "10035", leistung: "Unterhaltsvorschuss", href: "/leistungen/10035" },
      ],
    });
    expect(callModel(call, "2022-11-22", [], names)).toMatchObject({ open: false, stateText: "Abfrage beendet", news: null });
  });

  it("marks table rows of services in an open call, before their news; not after the deadline", () => {
    const news = { "10257": [{ href: "/aktuelles/x", label: "Aktuelles: X" }] };
    const markers = mergeMarkers(callMarkers([call], ["10257", "10000"], "2022-11-21"), news);
    expect(markers["10257"].map((m) => m.label)).toEqual(["Abfrage zur Nachnutzung: endet heute (bis 21. November 2022)", "Aktuelles: X"]);
    expect(markers["10257"][0].href).toBe("/leistungen/10257#nachnutzung-bekunden");
    expect(markers["10000"]).toBeUndefined();
    expect(callMarkers([call], ["10257"], "2022-11-22")).toEqual({});
  });

  it("summarises the counts and lists the statuses after confirmation", () => {
    const stats = reuseStatistics([
      { ozgId: "1", kommuneKey: "15085", kreisKey: "15085", gemeinde: null, status: "vereinbarung", createdAt: "2026-01-01T00:00:00Z" },
      { ozgId: "1", kommuneKey: "15003", kreisKey: "15003", gemeinde: null, status: "interesse", createdAt: "2026-01-01T00:00:00Z" },
      { ozgId: "1", kommuneKey: "15001", kreisKey: "15001", gemeinde: null, status: "unbestaetigt", createdAt: "2026-01-01T00:00:00Z" },
    ]);
    const model = statisticsModel(stats.get("1")!);
    expect(model.rows.map((r) => r.label)).toEqual(["Interesse", "in Abstimmung", "Vereinbarung geschlossen", "angebunden", "in Betrieb", "zurückgezogen"]);
    expect([model.total, model.unconfirmed, model.kommunen]).toEqual([2, 1, ["Landkreis Harz"]]);
    expect(model.summary).toBe("2 Kommunen haben Interesse an dieser Leistung bestätigt; 1 davon mit geschlossener Vereinbarung oder weiter.");
  });

  it("the dashboard facet: counts per stage, toggle links, after „Nachnutzbar durch Kommunen“, and its chips", () => {
    const group = reuseFacetGroup({ ...EMPTY_QUERY, nachnutzung: ["interesse"] }, new Uint32Array([170, 10, 6]));
    expect(group.options.map((o) => [o.value, o.count, o.selected, o.href])).toEqual([
      ["nachgenutzt", 6, false, "/?nachnutzung=nachgenutzt&nachnutzung=interesse"],
      ["interesse", 10, true, "/"],
      ["keine", 170, false, "/?nachnutzung=interesse&nachnutzung=keine"],
    ]);
    expect(group.open).toBe(true);
    const groups = withReuseFacet([{ field: "phase" }, { field: "nachnutzbarKommunen" }, { field: "reifegrad" }] as never, group);
    expect(groups.map((g) => g.field)).toEqual(["phase", "nachnutzbarKommunen", "nachnutzung", "reifegrad"]);
    expect(reuseChips({ ...EMPTY_QUERY, nachnutzung: ["interesse"] })).toEqual([{ key: "nachnutzung=interesse", text: "Nachnutzung durch Kommunen: Interesse bekundet", href: "/" }]);
  });

  it("puts every call's deadline in the calendar as a Frist of its services", () => {
    const [event] = callEvents([call], names);
    expect(event).toMatchObject({
      summary: "Frist: Abfrage zur Nachnutzung – Einbürgerung, Unterhaltsvorschuss",
      start: { date: "2022-11-21" },
      category: "Frist",
      ozgIds: ["10257", "10035"],
      url: "/kommunen",
      transparent: true,
      modifiedMs: Date.parse("2022-11-02T08:00:00.000Z"),
    });
    expect(callEvents([call], names)[0].uid).toBe(event.uid);
  });
});

describe("the reuse filter in exports", () => {
  it("is named in the workbook's Info sheet and in the file name", async () => {
    const { filterWords } = await import("../export/filter-words");
    const { exportFileName } = await import("../export/file-name");
    const query = { ...EMPTY_QUERY, filters: { themenfeld: ["Bildung"] }, nachnutzung: ["nachgenutzt" as const] };
    expect(filterWords(query)).toBe("Themenfeld: Bildung; Nachnutzung durch Kommunen: von Kommunen nachgenutzt");
    expect(exportFileName({ stand: "2022-10-28", query })).toBe("nachnutzungsuebersicht_2022-10-28_themenfeld-bildung_nachnutzung-nachgenutzt.csv");
  });
});
