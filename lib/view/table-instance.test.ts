import { describe, expect, it } from "vitest";
import type { Leistung } from "../leistung";
import type { TableModel, TableRow } from "./table-model";
import { tableInstance } from "./table-instance";

const entry = (ozgId: string, leistung: string, phase: string) => ({ row: { ozgId, leistung, phase } as Leistung }) as TableRow;
const columns = [
  { field: "leistung", header: "Leistung" },
  { field: "phase", header: "Phase" },
] as unknown as TableModel["columns"];

describe("tableInstance", () => {
  it("gives the headers in column order and each row's cells with their values, rows in the given order", () => {
    const table = tableInstance({ columns, rows: [entry("10002", "Wohngeld", "Betrieb"), entry("10001", "Hundesteuer", "Planung")] });
    expect(table.getHeaderGroups()[0].headers.map((h) => [h.column.id, h.column.columnDef.header])).toEqual([
      ["leistung", "Leistung"],
      ["phase", "Phase"],
    ]);
    const rows = table.getRowModel().rows;
    expect(rows.map((r) => r.id)).toEqual(["10002", "10001"]);
    expect(rows[1].getAllCells().map((c) => [c.column.id, c.getValue()])).toEqual([
      ["leistung", "Hundesteuer"],
      ["phase", "Planung"],
    ]);
    expect(rows[0].original.row.leistung).toBe("Wohngeld");
  });
});
