/**
 * Formula injection through the export: every cell (and every line of a multi-line cell) that
 * Excel or LibreOffice would run as a formula arrives with an apostrophe in front.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { unescapeFormula } from "../csv/formula";
import { makeRow } from "../overview/fixtures/rows";
import { exportStream } from "./csv-stream";
import { readBytes, viewOf } from "./test-helpers";

const TRIGGER_RE = /^[=+\-@\t\r\n]/;

/** The exported file of one row with `bemerkung` = cell, as text without BOM. */
async function exportBemerkung(cell: string, extra: Parameters<typeof makeRow>[0] | object = {}): Promise<string> {
  const row = makeRow({ ozgId: "10001", leistung: "Test", themenfeld: "Bildung", bemerkung: cell, ...extra });
  const bytes = await readBytes(exportStream(viewOf([row], { cols: ["ozgId", "bemerkung"] })));
  return bytes.subarray(3).toString("utf8");
}

/** [label, cell, the cell as it must appear in the file] — written by hand. */
const PAYLOADS: [string, string, string][] = [
  ["= at the start", "=1+1", "'=1+1"],
  ["+ at the start", "+1+1", "'+1+1"],
  ["- at the start", "-2+3", "'-2+3"],
  ["@ at the start", "@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
  ["tab at the start", "\t=1+1", `"'\t=1+1"`],
  ["CR at the start", "\r=1+1", `"'\r=1+1"`],
  ["LF at the start (and = on the next line)", "\n=1+1", `"'\n'=1+1"`],
  ["HYPERLINK", '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
  ["HYPERLINK after @", '@HYPERLINK("http://evil.example","x")', `"'@HYPERLINK(""http://evil.example"",""x"")"`],
  ["= on the second line", "a\n=1+1", `"a\n'=1+1"`],
  ["- on the second line after CRLF", "a\r\n-2+3", `"a\r\n'-2+3"`],
  ["several triggering lines", "Hinweis\n@SUM(1)\nText\n+1", `"Hinweis\n'@SUM(1)\nText\n'+1"`],
  ["tab on the second line", "a\n\t=1", `"a\n'\t=1"`],
  ["HYPERLINK on the second line", 'Siehe\n=HYPERLINK("http://evil.example","x")', `"Siehe\n'=HYPERLINK(""http://evil.example"",""x"")"`],
  ["an apostrophe already before a trigger gets one more", "'=1+1", "''=1+1"],
  ["a semicolon in an escaped cell", "=1;2", `"'=1;2"`],
];

/** Cells that are not formulas and stay exactly as they are. */
const SAFE: [string, string, string][] = [
  ["= in the middle", "a=b", "a=b"],
  ["- inside a word", "Ein- & Auswanderung", "Ein- & Auswanderung"],
  ["apostrophe without trigger", "'Zitat'", "'Zitat'"],
  ["space before =", " =1", '" =1"'],
  ["https address", "https://www.sachsen-anhalt.de/", "https://www.sachsen-anhalt.de/"],
];

describe("formula injection in the export", () => {
  it.each([...PAYLOADS, ...SAFE])("%s", async (_label, cell, written) => {
    expect(await exportBemerkung(cell)).toBe(`OZG-ID;Bemerkung\r\n10001;${written}\r\n`);
  });

  it.each(PAYLOADS)("no line of the parsed cell starts a formula, and the importer restores it: %s", async (_label, cell) => {
    const parsed = Papa.parse<string[]>(await exportBemerkung(cell), { delimiter: ";", newline: "\r\n" });
    const value = parsed.data[1][1];
    expect(value).not.toBe(cell);
    for (const line of value.split("\n")) expect(line).not.toMatch(TRIGGER_RE);
    expect(unescapeFormula(value)).toBe(cell);
  });

  it("escapes each value of a multi-value cell that starts a formula", async () => {
    const row = makeRow({
      ozgId: "10001",
      leistung: "=1+1",
      themenfeld: "Bildung",
      lebenslage: ["Geburt", "=1+1"],
      rechtsgrundlagen: ["-2+3", "§ 1 BEEG", "@SUM(1)"],
      typisierung: "+1",
    });
    const bytes = await readBytes(exportStream(viewOf([row], { cols: ["leistung", "lebenslage", "rechtsgrundlagen", "typisierung"] })));
    expect(bytes.subarray(3).toString("utf8")).toBe(
      "Leistung;Lebenslage;Rechtsgrundlagen;Typisierung\r\n" + `'=1+1;"Geburt\n'=1+1";"'-2+3\n§ 1 BEEG\n'@SUM(1)";'+1\r\n`,
    );
  });
});
