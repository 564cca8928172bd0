/**
 * Exporting and importing again gives the same rows (docs/contract.md §5): on the sample through the
 * real repository, on the OZG catalogue 2019 (../shared/data, skipped visibly when absent) and
 * on rows full of formula payloads, which must come back as their original text.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeRow } from "../overview/fixtures/rows";
import { readOverview } from "../overview/read";
import type { Leistung } from "../leistung";
import type { Query } from "../query/query";
import { matchingRows, runQuery } from "../query/run";
import { EMPTY_QUERY } from "../query/query";
import { getDataset } from "../store/repository";
import { buildDataset } from "../dataset/dataset";
import { exportStream } from "./csv-stream";
import { readBytes, viewOf } from "./test-helpers";
import { allRows } from "../dataset/rows";

const SAMPLE_DIR = path.resolve(process.cwd(), "data");
const CATALOGUE = path.resolve(process.cwd(), "../shared/data/ozg-katalog-2019.csv");
const catalogueExists = existsSync(CATALOGUE);
if (!catalogueExists) console.warn(`round-trip.test.ts: OZG catalogue round trip skipped: ../shared/data not found (${CATALOGUE})`);

const byId = (a: Leistung, b: Leistung) => Number(a.ozgId) - Number(b.ozgId);

/** Exports the view with all columns and reads the bytes back through the importer. */
async function reimport(view: Parameters<typeof exportStream>[0]) {
  const result = readOverview(await readBytes(exportStream(view)));
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(result.encoding).toBe("utf-8");
  expect(result.delimiter).toBe(";");
  return result.rows;
}

describe("round trip on the sample (data/uebersicht)", () => {
  it.each([
    ["2022-10-28", 186],
    ["2022-09-30", 184],
  ])("Stand %s: all %i rows come back identical, in OZG-ID order", async (stand, count) => {
    const dataset = await getDataset(stand, SAMPLE_DIR);
    const rows = await reimport({ dataset, query: EMPTY_QUERY, stand, result: runQuery(dataset, EMPTY_QUERY) });
    expect(rows).toHaveLength(count);
    expect(rows).toEqual([...allRows(dataset)]);
  });

  it("the export equals the published file's rows (same set, any order in the file)", async () => {
    const published = readOverview(readFileSync(path.join(SAMPLE_DIR, "uebersicht", "2022-10-28.csv")));
    const dataset = await getDataset("2022-10-28", SAMPLE_DIR);
    const rows = await reimport({ dataset, query: EMPTY_QUERY, stand: "2022-10-28", result: runQuery(dataset, EMPTY_QUERY) });
    expect(rows).toEqual([...published.rows].sort(byId));
  });

  it("a filtered, sorted export comes back as exactly the rows shown, in the order shown", async () => {
    const dataset = await getDataset("2022-10-28", SAMPLE_DIR);
    const query: Query = { ...EMPTY_QUERY, filters: { themenfeld: ["Bildung"] }, sort: { field: "phase", desc: true }, size: 10 };
    const result = runQuery(dataset, query);
    const rows = await reimport({ dataset, query, stand: "2022-10-28", result });
    expect(rows.length).toBe(result.total);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toEqual([...matchingRows(dataset, result)]);
    expect(rows.slice(0, 10)).toEqual(result.rows);
    for (const row of rows) expect(row.themenfeld).toBe("Bildung");
  });
});

describe.skipIf(!catalogueExists)("round trip on the OZG catalogue 2019 (../shared/data/ozg-katalog-2019.csv)", () => {
  const load = () => {
    const read = readOverview(readFileSync(CATALOGUE));
    expect(read.errors).toEqual([]);
    return buildDataset("2019-12-31", read.rows);
  };

  it("all 559 services come back identical", async () => {
    const dataset = load();
    const rows = await reimport({ dataset, query: EMPTY_QUERY, stand: "2019-12-31", result: runQuery(dataset, EMPTY_QUERY) });
    expect(rows).toHaveLength(559);
    expect(rows).toEqual([...allRows(dataset)]);
  });

  it("a search with a sort comes back in the order shown", async () => {
    const dataset = load();
    const query: Query = { ...EMPTY_QUERY, q: "antrag", sort: { field: "leistung", desc: false } };
    const result = runQuery(dataset, query);
    const rows = await reimport({ dataset, query, stand: "2019-12-31", result });
    expect(rows.length).toBe(result.total);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual([...matchingRows(dataset, result)]);
  });
});

describe("round trip of formula payloads", () => {
  // Valid rows as the importer produces them: cells are trimmed, so payloads sit at the start of
  // a cell or at the start of an inner line.
  const PAYLOAD_ROWS: Leistung[] = [
    makeRow({ ozgId: "10001", leistung: '=HYPERLINK("http://evil.example","x")', themenfeld: "Bildung", bemerkung: "=1+1" }),
    makeRow({ ozgId: "10002", leistung: "+1+1", themenfeld: "Umwelt", typisierung: "-2+3", bemerkung: "@SUM(1+1)*cmd|' /C calc'!A0" }),
    makeRow({
      ozgId: "10003",
      leistung: "-2+3",
      themenfeld: "Gesundheit",
      bemerkung: "a\n=1+1",
      rechtsgrundlagen: ["=1+1", "+49 391 567-0", "-§ 1", "@A1", '=HYPERLINK("http://evil.example","x")'],
    }),
    makeRow({
      ozgId: "10004",
      leistung: "@SUM(1+1)*cmd|' /C calc'!A0",
      themenfeld: "Querschnitt",
      lebenslage: ["=Geburt", "-Familie", "+Plus", "@At"],
      bemerkung: "Zeile\n\t=1\nZeile\r\n-1\n\n=2\r+3",
      phase: "Betrieb",
    }),
    makeRow({ ozgId: "10005", leistung: "'=1+1", themenfeld: "Bildung", typisierung: "'-'", bemerkung: "''+1\n'@x\n'Zitat'" }),
    makeRow({ ozgId: "10006", leistung: "Normal; mit \"Anführungszeichen\"", themenfeld: "Umwelt", bemerkung: "a=b\n'kein Trigger" }),
  ];

  it("every payload comes back as its original text", async () => {
    const rows = await reimport(viewOf(PAYLOAD_ROWS));
    expect(rows).toEqual(PAYLOAD_ROWS);
  });

  it("the file holds the added apostrophes; the importer removes exactly one", async () => {
    const bytes = await readBytes(exportStream(viewOf(PAYLOAD_ROWS)));
    const raw = bytes.toString("utf8");
    expect(raw).toContain(`10001;"'=HYPERLINK(""http://evil.example"",""x"")";Bildung;`);
    expect(raw).toContain("10002;'+1+1;Umwelt;;;'-2+3;");
    expect(raw).toContain("10005;''=1+1;Bildung;;;''-';");
    const rows = readOverview(bytes).rows;
    expect(rows.find((r) => r.ozgId === "10005")?.leistung).toBe("'=1+1");
    expect(rows.find((r) => r.ozgId === "10005")?.typisierung).toBe("'-'");
  });
});
