import { describe, expect, it } from "vitest";
import { makeRow } from "../overview/fixtures/rows";
import { historyEntries } from "./leistung-view";

const base = { ozgId: "10257", leistung: "Einbürgerung", themenfeld: "Ein- & Auswanderung" } as const;

describe("historyEntries", () => {
  it("lists the Stände newest first and marks what changed against the Stand before", () => {
    const entries = historyEntries([
      { stand: "2022-10-28", row: makeRow({ ...base, phase: "Umsetzung", prioritaet: "hoch" }) },
      { stand: "2022-08-31", row: makeRow({ ...base, phase: "offen", prioritaet: "mittel" }) },
      { stand: "2022-09-30", row: makeRow({ ...base, phase: "Planung", prioritaet: "mittel" }) },
    ]);
    expect(entries.map((e) => e.stand)).toEqual(["2022-10-28", "2022-09-30", "2022-08-31"]);
    expect(entries.map((e) => e.changed)).toEqual([["phase", "prioritaet"], ["phase"], []]);
    expect(entries[0].before).toEqual({ phase: "Planung", prioritaet: "mittel" });
    expect(entries[0].previousStand).toBe("2022-09-30");
    expect(entries[1].before).toEqual({ phase: "offen" });
  });

  it("marks nothing next to a Stand that does not contain the service", () => {
    const entries = historyEntries([
      { stand: "2022-09-30", row: null },
      { stand: "2022-10-28", row: makeRow({ ...base, phase: "Planung" }) },
    ]);
    expect(entries).toEqual([
      { stand: "2022-10-28", row: expect.objectContaining({ phase: "Planung" }), changed: [], before: {}, previousStand: "2022-09-30" },
      { stand: "2022-09-30", row: null, changed: [], before: {}, previousStand: null },
    ]);
  });
});
