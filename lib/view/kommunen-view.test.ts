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
    expect(groups.map((g) => g.total)).toEqual([1, 3, 1]);
    expect(groups[1].href).toBe("/?themenfeld=Bauen+%26+Wohnen&nachnutzbarKommunen=ja");
    expect(groups.map((g) => [g.themenfeld, g.items.map((i) => i.row.leistung)])).toEqual([
      ["Arbeit & Ruhestand", ["Arbeitslosengeld"]],
      ["Bauen & Wohnen", ["Baugenehmigung", "Abriss", "Wohngeld"]],
      ["Familie & Kind", ["Elterngeld"]],
    ]);
  });
});

describe("groupByThemenfeld with many services", () => {
  it("lists the first 50 of a Themenfeld and counts all", () => {
    const rows = Array.from({ length: 120 }, (_, i) =>
      makeRow({ ozgId: String(1000 + i), leistung: `Leistung ${String(i).padStart(3, "0")}`, themenfeld: "Bildung", phase: i < 10 ? "Betrieb" : "Planung" }),
    );
    const [group] = groupByThemenfeld(rows, "2022-09-30");
    expect(group.total).toBe(120);
    expect(group.items).toHaveLength(50);
    expect(group.items.slice(0, 10).every((i) => i.row.phase === "Betrieb")).toBe(true);
    expect(group.href).toBe("/?themenfeld=Bildung&nachnutzbarKommunen=ja&stand=2022-09-30");
  });
});
