import { describe, expect, it } from "vitest";
import { sampleDataset } from "../charts/fixtures";
import { changedSince } from "./since";
import { allRows } from "../dataset/rows";

// The sample's changes from 30.09. to 28.10.2022 as data/SAMPLE-DATA.md lists them.
const NEW = ["10257", "10258", "10579"];
const PHASE_MOVED = ["10000", "10018", "10026", "10035", "10042", "10084", "10092", "10124", "10160", "10169", "10206", "10237", "10294", "10364", "10557", "10593", "10594", "19001"];
const OTHER_CHANGES_ONLY = ["10348", "10439"];

const older = sampleDataset("2022-09-30");
const newer = sampleDataset("2022-10-28");

function markedIds(rows: Uint8Array): string[] {
  return [...allRows(newer)].filter((_, r) => rows[r] === 1).map((row) => row.ozgId);
}

describe("changedSince", () => {
  it("marks every new and every changed service of the newer Stand", () => {
    const since = changedSince(older, newer, []);
    expect(markedIds(since.rows).sort()).toEqual([...NEW, ...PHASE_MOVED, ...OTHER_CHANGES_ONLY].sort());
    expect(since.changes.get("10257")).toEqual({ kind: "neu" });
    expect(since.changes.get("10348")).toMatchObject({ kind: "geaendert" });
  });

  it("counts only changes of the fields asked for; new services always count", () => {
    const since = changedSince(older, newer, ["phase"]);
    expect(markedIds(since.rows).sort()).toEqual([...NEW, ...PHASE_MOVED].sort());
    expect(since.changes.get("10000")).toEqual({ kind: "geaendert", fields: [{ field: "phase", before: "Rollout", after: "Betrieb" }] });
  });

  it("takes alias spellings for no change (in Planung = Planung)", () => {
    const since = changedSince(older, newer, []);
    expect(since.changes.has("10524")).toBe(false);
    expect(since.changes.has("10522")).toBe(false);
  });

  it("finds nothing between a Stand and itself", () => {
    expect(markedIds(changedSince(newer, newer, []).rows)).toEqual([]);
  });
});
