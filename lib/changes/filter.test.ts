import { describe, expect, it } from "vitest";
import type { Leistung } from "../leistung";
import type { StandDiff } from "./diff";
import { NO_DIFF_FILTER, filterDiff, parseDiffFilter } from "./filter";

const row = (ozgId: string, leistung: string) => ({ ozgId, leistung }) as Leistung;

const diff: StandDiff = {
  from: "2022-09-30",
  to: "2022-10-28",
  added: [row("10001", "Wohngeld"), row("10002", "Hundesteuer")],
  removed: [row("10003", "Fischereischein")],
  changed: [
    { ozgId: "10004", leistung: "Elterngeld", fields: [{ field: "phase", before: "Planung", after: "Umsetzung" }] },
    { ozgId: "10005", leistung: "Baugenehmigung", fields: [{ field: "bemerkung", before: "", after: "neu" }] },
  ],
};

describe("filterDiff", () => {
  it("without a filter keeps everything", () => {
    expect(filterDiff(diff, NO_DIFF_FILTER)).toEqual(diff);
  });

  it("keeps only the chosen kinds", () => {
    const only = filterDiff(diff, parseDiffFilter({ art: ["neu", "entfallen"] }));
    expect(only.added.map((r) => r.ozgId)).toEqual(["10001", "10002"]);
    expect(only.removed.map((r) => r.ozgId)).toEqual(["10003"]);
    expect(only.changed).toEqual([]);
  });

  it("by field shows only changed services where that field changed", () => {
    const phase = filterDiff(diff, parseDiffFilter({ feld: "phase" }));
    expect(phase.changed.map((c) => c.ozgId)).toEqual(["10004"]);
    expect(phase.added).toEqual([]);
    expect(phase.removed).toEqual([]);
  });

  it("finds words in OZG-ID and Leistung, folded (umlauts, case)", () => {
    expect(filterDiff(diff, parseDiffFilter({ suche: "HUNDE" })).added.map((r) => r.ozgId)).toEqual(["10002"]);
    expect(filterDiff(diff, parseDiffFilter({ suche: "10005" })).changed.map((c) => c.ozgId)).toEqual(["10005"]);
    const none = filterDiff(diff, parseDiffFilter({ suche: "gibt es nicht" }));
    expect([none.added.length, none.removed.length, none.changed.length]).toEqual([0, 0, 0]);
  });

  it("ignores unknown kinds and fields in the URL", () => {
    expect(parseDiffFilter({ art: "alles", feld: "farbe" })).toEqual(NO_DIFF_FILTER);
  });
});
