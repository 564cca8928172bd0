import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { facetsJson } from "../api/facets";
import { sampleDataset } from "../charts/fixtures";
import { EMPTY_QUERY, type Query } from "../query/query";
import { runQuery } from "../query/run";
import { FIELD_IDS } from "../vocabulary";
import { allRows } from "./rows";
import { readSnapshot, writeSnapshot } from "./snapshot";

const SOURCE = createHash("sha256").update("the CSV bytes").digest("hex");
const original = sampleDataset("2022-10-28");
const bytes = writeSnapshot(original, SOURCE);

function loaded() {
  const read = readSnapshot(bytes, SOURCE);
  if (!read.ok) throw new Error(read.reason);
  return read.dataset;
}

const QUERIES: Query[] = [
  EMPTY_QUERY,
  { ...EMPTY_QUERY, q: "einbuergerung antrag" },
  { ...EMPTY_QUERY, filters: { ressort: ["MI", ""], lebenslage: ["Geburt"] }, sort: { field: "leistung", desc: true } },
  { ...EMPTY_QUERY, ozgIds: ["10035", "10257", "99999"], sort: { field: "phase", desc: false } },
];

describe("a prepared snapshot", () => {
  it("gives the same rows, in the same order", () => {
    expect([...allRows(loaded())]).toEqual([...allRows(original)]);
  });

  it("answers every query and every sort order exactly like the Dataset it was made from", () => {
    const copy = loaded();
    const queries = [...QUERIES, ...FIELD_IDS.flatMap((field) => [false, true].map((desc) => ({ ...EMPTY_QUERY, size: 500, sort: { field, desc } })))];
    for (const query of queries) {
      const a = runQuery(original, query);
      const b = runQuery(copy, query);
      expect(b.rows, JSON.stringify(query)).toEqual(a.rows);
      expect(b.total).toBe(a.total);
      expect(facetsJson(copy, b)).toEqual(facetsJson(original, a));
    }
  });

  it("is refused when it was made from another file", () => {
    expect(readSnapshot(bytes, createHash("sha256").update("other").digest("hex"))).toEqual({ ok: false, reason: "Index-Datei gehört zu einer anderen Datei" });
  });

  it("is refused when a byte of its body changed, when cut, or when it is no snapshot at all", () => {
    const damaged = new Uint8Array(bytes);
    damaged[damaged.length - 100] ^= 0xff;
    expect(readSnapshot(damaged, SOURCE)).toEqual({ ok: false, reason: "Index-Datei beschädigt" });
    expect(readSnapshot(bytes.subarray(0, 40), SOURCE).ok).toBe(false);
    expect(readSnapshot(new TextEncoder().encode("OZG-ID;Leistung\r\n"), SOURCE)).toEqual({ ok: false, reason: "keine Index-Datei dieses Programms" });
  });

  it("reads from a buffer that does not start on an 8-byte boundary", () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const read = readSnapshot(shifted.subarray(3), SOURCE);
    expect(read.ok && read.dataset.rowCount).toBe(original.rowCount);
  });
});
