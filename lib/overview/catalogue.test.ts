/**
 * The real OZG catalogue (../shared/data, outside the repository) read through the whole import
 * path. The data is never copied into the project; without it these tests are skipped, visibly.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { toCsv } from "../csv/write";
import { FIELD_IDS } from "../vocabulary";
import { type OverviewReadResult, readOverview, readOverviewText } from "./read";
import type { Leistung } from "../leistung";

const CATALOGUE = path.resolve(__dirname, "../../../shared/data/ozg-katalog-2019.csv");
const exists = existsSync(CATALOGUE);
if (!exists) console.warn(`catalogue.test.ts: OZG catalogue tests skipped: ../shared/data not found (${CATALOGUE})`);

describe.skipIf(!exists)("the OZG catalogue 2019 (../shared/data/ozg-katalog-2019.csv)", () => {
  let cached: { bytes: Buffer; result: OverviewReadResult } | undefined;
  const load = () => {
    if (!cached) {
      const bytes = readFileSync(CATALOGUE);
      cached = { bytes, result: readOverview(bytes) };
    }
    return cached;
  };
  const byId = (id: string): Leistung => {
    const row = load().result.rows.find((r) => r.ozgId === id);
    if (!row) throw new Error(`OZG-ID ${id} not found`);
    return row;
  };

  it("reads all 559 services without errors or warnings", () => {
    const { result } = load();
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.encoding).toBe("utf-8");
    expect(result.delimiter).toBe(";");
    expect(result.recordCount).toBe(559);
    expect(result.rows).toHaveLength(559);
    expect(new Set(result.rows.map((r) => r.ozgId)).size).toBe(559);
  });

  it("reads the Themenfeld „Querschnitt “ (trailing space in the file) as „Querschnitt“", () => {
    const { result } = load();
    expect(byId("10119").themenfeld).toBe("Querschnitt");
    expect(result.rows.filter((r) => r.themenfeld === "Querschnitt")).toHaveLength(18);
    expect(result.rows.filter((r) => r.themenfeld !== r.themenfeld.trim())).toEqual([]);
  });

  it("counts the rows of every Themenfeld", () => {
    const counts: Record<string, number> = {};
    for (const r of load().result.rows) counts[r.themenfeld] = (counts[r.themenfeld] ?? 0) + 1;
    expect(counts).toEqual({
      "Unternehmensführung & -entwicklung": 78,
      Gesundheit: 62,
      "Mobilität & Reisen": 60,
      "Bauen & Wohnen": 58,
      Umwelt: 48,
      "Engagement & Hobby": 40,
      "Familie & Kind": 37,
      "Steuern & Zoll": 36,
      "Arbeit & Ruhestand": 30,
      "Forschung & Förderung": 28,
      Bildung: 27,
      "Ein- & Auswanderung": 21,
      Querschnitt: 18,
      "Recht & Ordnung": 16,
    });
  });

  it("decodes the en dash", () => {
    expect(byId("10509").leistung).toBe("Transport- und Vermittlungsgenehmigung für Abfall – Anzeige und Erlaubnisverfahren");
    // SOURCES.md speaks of 16 cells with an en dash; the file as stored holds exactly one
    // (checked independently with Python's csv module).
    const cells = load().result.rows.flatMap((r) => FIELD_IDS.flatMap((f) => r[f]));
    expect(cells.filter((c) => c.includes("–"))).toEqual([
      "Transport- und Vermittlungsgenehmigung für Abfall – Anzeige und Erlaubnisverfahren",
    ]);
    expect(cells.some((c) => /[\u0080-\u009f\ufffd]/.test(c))).toBe(false);
  });

  it("splits multi-line LeiKa keys and other multi-value cells", () => {
    const elterngeld = byId("10000");
    expect(elterngeld).toMatchObject({
      leistung: "Elterngeld",
      themenfeld: "Familie & Kind",
      lebenslage: ["Geburt"],
      leikaSchluessel: ["99041006013000", "99041006017000", "99041006000000", "99041006151000"],
      typisierung: "2/3",
      phase: "offen",
      ressort: "",
    });
    expect(elterngeld.rechtsgrundlagen[0]).toBe(
      "§ 23 Bundeselterngeld- und Elternzeitgesetz (BEEG) [http://www.gesetze-im-internet.de/beeg/__23.html]",
    );
    // A cell ending with a line break: no empty key.
    expect(byId("10119").leikaSchluessel).toHaveLength(48);
    expect(byId("10119").leikaSchluessel[0]).toBe("99008001012004");
    const { rows } = load().result;
    expect(rows.filter((r) => r.leikaSchluessel.length > 1)).toHaveLength(493);
    expect(rows.reduce((n, r) => n + r.leikaSchluessel.length, 0)).toBe(4813);
    for (const r of rows) for (const key of r.leikaSchluessel) expect(key).toMatch(/^\d{14}$/);
  });

  it("reads the longest cell (Rechtsgrundlagen of 10069, about 24,000 characters)", () => {
    const row = byId("10069");
    expect(row.leistung).toBe("Zulassung für reglementierte Berufe");
    expect(row.rechtsgrundlagen).toHaveLength(159);
  });

  it("gives the same rows from a Windows-1252 copy (old Excel „CSV (Trennzeichen-getrennt)“)", () => {
    const { bytes, result } = load();
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const cp1252 = iconv.encode(text, "windows-1252");
    // The en dash is byte 0x96 in Windows-1252.
    expect(cp1252.includes(Buffer.from([0x96]))).toBe(true);
    const again = readOverview(cp1252);
    expect(again.encoding).toBe("windows-1252");
    expect(again.errors).toEqual([]);
    expect(again.rows).toEqual(result.rows);
  });

  it("round trip: written with toCsv (all fields) and read back, the rows are identical", () => {
    const { result } = load();
    const csv = toCsv(result.rows, FIELD_IDS);
    expect(csv.startsWith("\uFEFFOZG-ID;Leistung;Themenfeld;")).toBe(true);
    const fromText = readOverviewText(csv);
    expect(fromText.errors).toEqual([]);
    expect(fromText.warnings).toEqual([]);
    expect(fromText.rows).toEqual(result.rows);
    const fromBytes = readOverview(Buffer.from(csv, "utf8"));
    expect(fromBytes.errors).toEqual([]);
    expect(fromBytes.rows).toEqual(result.rows);
  });
});
