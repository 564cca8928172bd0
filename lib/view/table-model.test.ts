import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_QUERY } from "../query/query";
import { FIELD_IDS, FIELDS } from "../vocabulary";
import { tableModel } from "./table-model";

const css = readFileSync(path.resolve("app/(uebersicht)/_components/leistungen-table.module.css"), "utf8");

describe("the result table's phone labels", () => {
  it("the CSS labels every field other than Leistung with its column header", () => {
    for (const field of FIELD_IDS.filter((f) => f !== "leistung")) {
      const rule = new RegExp(`td\\[data-field="${field}"\\]::before \\{\\s*content: ${JSON.stringify(FIELDS[field].header)};\\s*content: ${JSON.stringify(FIELDS[field].header)} / "";`);
      expect(css, field).toMatch(rule);
    }
  });
});

describe("tableModel", () => {
  const row = { ozgId: "10000", leistung: "Elterngeld" } as never;
  it("gives each row its link, markers, deadlines and no change without „geändert seit“", () => {
    const marker = { href: "/aktuelles/x", label: "Neuigkeit" };
    const model = tableModel(EMPTY_QUERY, [row], { "10000": [marker] }, "2022-10-28");
    expect(model.rows).toHaveLength(1);
    const [entry] = model.rows;
    expect(entry.detailHref).toBe("/leistungen/10000");
    expect(entry.markers).toEqual([marker]);
    expect([...entry.markerHrefs]).toEqual(["/aktuelles/x"]);
    expect(entry.deadlines).toEqual([]);
    expect(entry.change).toBeNull();
    expect(entry.changedFields.size).toBe(0);
    expect(model.caption).toBe("Leistungen, Stand 28.10.2022");
  });
});
