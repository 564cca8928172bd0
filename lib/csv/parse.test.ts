import { describe, expect, it } from "vitest";
import { type CsvRecord, type Delimiter, detectDelimiter, parseCsv } from "./parse";

function parseAll(text: string, delimiter?: Delimiter) {
  const records: CsvRecord[] = [];
  const collect = (r: CsvRecord) => void records.push(r);
  const parsed = delimiter ? parseCsv(text, collect, delimiter) : parseCsv(text, collect);
  return { records, ...parsed };
}

const MISSING_QUOTE =
  "Ein Anführungszeichen wird geöffnet, aber nicht geschlossen; der Rest der Datei wird als eine Zelle gelesen. Bitte das fehlende „\"“ ergänzen.";
const INVALID_QUOTES =
  "Fehlerhafte Anführungszeichen: Nach dem schließenden „\"“ folgt weiterer Text. Anführungszeichen innerhalb einer Zelle müssen verdoppelt werden („\"\"“).";

describe("detectDelimiter", () => {
  it.each<[string, string, Delimiter]>([
    ["semicolon", "OZG-ID;Leistung;Themenfeld\r\n10056;BAföG;Bildung", ";"],
    ["comma", "OZG-ID,Leistung,Themenfeld\n10056,BAföG,Bildung", ","],
    ["tab", "OZG-ID\tLeistung\tThemenfeld\n10056\tBAföG\tBildung", "\t"],
    ["semicolon with commas in a quoted header cell", '"Lebens-, Geschäftslage, Typ";OZG-ID;Leistung', ";"],
    ["comma with semicolons in a quoted header cell", '"Rechtsgrundlagen; weitere; noch mehr",OZG-ID', ","],
    ["tab with both others in a quoted cell", '"a;b;c,d,e"\tOZG-ID\tLeistung', "\t"],
    ["only the header line counts", "OZG-ID;Leistung\n1,2,3,4,5,6,7", ";"],
    ["a quoted header cell with an escaped quote", '"Bemerkung ""a;b;c""",OZG-ID,Leistung', ","],
    ["a quoted header cell with a line break", '"Lebens-\n;;;;lage",OZG-ID,Leistung', ","],
    ["single column: `;` by default", "OZG-ID\n10056", ";"],
    ["a tie: `;` (German Excel)", "a;b,c", ";"],
    ["empty text", "", ";"],
    ["the header after blank lines", "\r\n  \r\nOZG-ID,Leistung,Themenfeld\r\n", ","],
    ["the header after a line of only `;`", ";;\nOZG-ID\tLeistung\tThemenfeld\n", "\t"],
    ["BOM before the header", "\uFEFFOZG-ID,Leistung", ","],
  ])("%s", (_label, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("parseCsv: cells and delimiters", () => {
  it.each<[string, string, string[][]]>([
    ["semicolon", "a;b\r\n1;2\r\n", [["a", "b"], ["1", "2"]]],
    ["comma", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["tab", "a\tb\n1\t2", [["a", "b"], ["1", "2"]]],
    ["quoted delimiter and doubled quote", 'a;b\r\n"x;y";"sagt ""Hallo"""\r\n', [["a", "b"], ["x;y", 'sagt "Hallo"']]],
    ["line breaks in a quoted cell are kept", 'a;b\r\n"x\r\ny\nz";2\r\n', [["a", "b"], ["x\r\ny\nz", "2"]]],
    ["cells are not trimmed here", "a;b\n  1 ; 2  \n", [["a", "b"], ["  1 ", " 2  "]]],
  ])("%s", (_label, text, expected) => {
    expect(parseAll(text).records.map((r) => r.cells)).toEqual(expected);
  });

  it("uses the delimiter it is given", () => {
    const { records, delimiter } = parseAll("a;b,c\n1;2,3", ",");
    expect(delimiter).toBe(",");
    expect(records.map((r) => r.cells)).toEqual([["a;b", "c"], ["1;2", "3"]]);
  });

  it("reports the detected delimiter", () => {
    expect(parseAll("a\tb\n1\t2").delimiter).toBe("\t");
  });
});

describe("parseCsv: line numbers", () => {
  it.each<[string, string, number[]]>([
    ["LF", "h;h\n1;1\n2;2\n3;3\n", [1, 2, 3, 4]],
    ["CRLF", "h;h\r\n1;1\r\n2;2\r\n3;3\r\n", [1, 2, 3, 4]],
    ["no line break at the end", "h;h\r\n1;1\r\n2;2", [1, 2, 3]],
    ["a multi-line record is named by its first line", 'h;h\r\n"a\nb\nc";1\r\n2;2\r\n', [1, 2, 5]],
    ["multi-line with CRLF inside", 'h;h\r\n1;"x\r\ny"\r\n2;2\r\n', [1, 2, 4]],
    ["multi-line cell containing blank lines", 'h;h\n"a\n\n\nb";1\n2;2\n', [1, 2, 6]],
    ["two multi-line records in a row", 'h;h\n"a\nb";"c\nd\ne"\n"f\ng";1\n3;3\n', [1, 2, 6, 8]],
    ["blank lines are skipped", "h;h\r\n\r\n1;1\r\n\r\n\r\n2;2\r\n", [1, 3, 6]],
    ["lines of only `;;;;` are skipped", "h;h\r\n;;;;\r\n1;1\r\n;\r\n2;2\r\n", [1, 3, 5]],
    ["lines of spaces and delimiters are skipped", "h;h\n  ; ;\t\n1;1\n", [1, 3]],
    ["blank lines before the header", "\r\n\r\nh;h\r\n1;1\r\n", [3, 4]],
    ["lines of quoted empty cells are skipped", 'h;h\r\n"";""\r\n1;1\r\n"";" "\r\n2;2\r\n', [1, 3, 5]],
    ["a record whose first cell is empty is not skipped", "h;h\n;1\n;2\n", [1, 2, 3]],
    ["a multi-line cell whose first line is empty", 'h;h\n"\nx";1\n2;2\n', [1, 2, 4]],
    ["blank lines after a multi-line record", 'h;h\r\n"a\r\nb";1\r\n;;\r\n\r\n2;2\r\n', [1, 2, 6]],
    ["comma file with `,,,` lines", "h,h\n,,,\n1,1\n", [1, 3]],
  ])("%s", (_label, text, lines) => {
    const { records, recordCount } = parseAll(text);
    expect(records.map((r) => r.line)).toEqual(lines);
    expect(recordCount).toBe(lines.length);
  });

  it("counts records, not lines, and reads the cells of a record spanning lines", () => {
    const { records, recordCount, errors } = parseAll('OZG-ID;LeiKa-Schlüssel\r\n10000;"99041006013000\n99041006017000"\r\n10092;99108008001000\r\n');
    expect(recordCount).toBe(3);
    expect(errors).toEqual([]);
    expect(records[1]).toEqual({ line: 2, row: 2, cells: ["10000", "99041006013000\n99041006017000"] });
    // Line 4 of the file, row 3 as a spreadsheet shows it.
    expect(records[2]).toEqual({ line: 4, row: 3, cells: ["10092", "99108008001000"] });
  });
});

describe("parseCsv: malformed quotes", () => {
  it("reports an unclosed quote on the line where its record starts", () => {
    const text = 'h;h\r\n1;1\r\n2;2\r\n3;"nicht geschlossen\r\n4;4\r\n5;5\r\n';
    const { records, errors } = parseAll(text);
    expect(errors).toEqual([{ line: 4, row: 4, message: MISSING_QUOTE }]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    // The rest of the file is read as one cell, as the message says.
    expect(records[3].cells).toEqual(["3", "nicht geschlossen\r\n4;4\r\n5;5\r\n"]);
  });

  it("reports text after a closing quote on the right line, after a multi-line record", () => {
    const text = 'h;h\n"a\nb";1\n"x"y;2\n';
    const { errors } = parseAll(text);
    expect(errors.map((e) => e.line)).toEqual([4, 4]);
    expect(errors.map((e) => e.message)).toEqual([INVALID_QUOTES, MISSING_QUOTE]);
  });

  it("accepts a quote inside an unquoted cell as text (Excel does the same)", () => {
    const { records, errors } = parseAll('h;h\n1;Zoll 5"\n');
    expect(errors).toEqual([]);
    expect(records[1].cells).toEqual(["1", 'Zoll 5"']);
  });

  it("reports no errors for a well-formed file", () => {
    expect(parseAll('h;h\r\n"a ""b"" c";"x\r\ny"\r\n').errors).toEqual([]);
  });
});

describe("parseCsv stopping early", () => {
  it("ends parsing when the callback says stop", () => {
    const lines: number[] = [];
    const parsed = parseCsv("a;b\n1;2\n3;4\n5;6\n", (r) => {
      lines.push(r.line);
      return r.line === 2 ? "stop" : undefined;
    });
    expect(lines).toEqual([1, 2]);
    expect(parsed.recordCount).toBe(2);
  });
});
