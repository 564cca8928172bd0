import { describe, expect, it } from "vitest";
import { makeRow } from "../overview/fixtures/rows";
import { groupByThemenfeld } from "./kommunen-view";

describe("groupByThemenfeld", () => {
  it("groups in vocabulary order, the most advanced phase first, then by name", () => {
    const groups = groupByThemenfeld([
      makeRow({ ozgId: "1", leistung: "Wohngeld", themenfeld: "Bauen & Wohnen", phase: "Planung" }),
      makeRow({ ozgId: "2", leistung: "Elterngeld", themenfeld: "Familie & Kind", phase: "Betrieb" }),
      makeRow({ ozgId: "3", leistung: "Baugenehmigung", themenfeld: "Bauen & Wohnen", phase: "Betrieb" }),
      makeRow({ ozgId: "4", leistung: "Abriss", themenfeld: "Bauen & Wohnen", phase: "Planung" }),
      makeRow({ ozgId: "5", leistung: "Arbeitslosengeld", themenfeld: "Arbeit & Ruhestand", phase: "offen" }),
    ]);
    expect(groups.map((g) => [g.themenfeld, g.rows.map((r) => r.leistung)])).toEqual([
      ["Arbeit & Ruhestand", ["Arbeitslosengeld"]],
      ["Bauen & Wohnen", ["Baugenehmigung", "Abriss", "Wohngeld"]],
      ["Familie & Kind", ["Elterngeld"]],
    ]);
  });
});
