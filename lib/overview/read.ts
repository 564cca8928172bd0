/**
 * Reads an overview CSV completely and reports every problem with line, column and value.
 * A result with errors must never be published; `rows` then holds only the rows that were valid.
 */
import { decodeCsvBytes, type Encoding } from "../csv/decode";
import { unescapeFormula } from "../csv/formula";
import { type CsvRecord, type Delimiter, detectDelimiter, parseCsv } from "../csv/parse";
import { FIELD_IDS, FIELDS, type FieldId, fieldForHeader } from "../vocabulary";
import { type Leistung, type RawRow, parseLeistung, splitMultiValue } from "../leistung";

export interface Problem {
  /** 1-based line in the file; null when the problem concerns the whole file. */
  line: number | null;
  /** German column header, or null when the problem concerns the whole line or file. */
  column: string | null;
  value: string | null;
  /** Complete German sentence, including line and column. */
  message: string;
}

export interface OverviewReadResult {
  /** Data records in the file (lines after the header, a multi-line record counted once). */
  recordCount: number;
  /** The valid rows; complete only when `errors` is empty. */
  rows: Leistung[];
  /** File line of each row in `rows`, same index. */
  lines: number[];
  errors: Problem[];
  warnings: Problem[];
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** Set when the bytes are not CSV text at all (binary, spreadsheet, PDF). */
  unreadable?: boolean;
  /** Set when reading stopped at `maxErrors` errors: the line of the last record read. */
  stoppedAtLine?: number;
}

export interface ReadOptions {
  /**
   * Stop after this many errors (the browser check of uploads). Without it the whole file is
   * read and every problem reported, as the contract asks of validate and import.
   */
  maxErrors?: number;
}

function problem(line: number | null, column: string | null, value: string | null, text: string): Problem {
  const where = [line !== null ? `Zeile ${line}` : null, column !== null ? `Spalte „${column}“` : null]
    .filter(Boolean)
    .join(", ");
  return { line, column, value, message: where ? `${where}: ${text}` : text };
}

interface ColumnMap {
  /** Index of each known field's column in the file. */
  indexOf: Partial<Record<FieldId, number>>;
  errors: Problem[];
  warnings: Problem[];
}

function mapHeader(headerCells: string[], line: number): ColumnMap {
  const indexOf: Partial<Record<FieldId, number>> = {};
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  headerCells.forEach((rawName, index) => {
    const name = rawName.trim();
    if (name === "") {
      warnings.push(problem(line, null, null, `Spalte ${index + 1} hat keine Überschrift und wird ignoriert.`));
      return;
    }
    const field = fieldForHeader(name);
    if (!field) {
      warnings.push(problem(line, name, name, `Unbekannte Spalte „${name}“ wird ignoriert.`));
    } else if (indexOf[field] !== undefined) {
      errors.push(
        problem(line, FIELDS[field].header, name, `Die Spalte kommt doppelt vor (Spalte ${indexOf[field]! + 1} und ${index + 1}).`),
      );
    } else {
      indexOf[field] = index;
    }
  });
  for (const id of FIELD_IDS) {
    if (FIELDS[id].required && indexOf[id] === undefined) {
      errors.push(problem(line, FIELDS[id].header, null, `Pflichtspalte „${FIELDS[id].header}“ fehlt in der Kopfzeile.`));
    }
  }
  return { indexOf, errors, warnings };
}

function readRawRow(cells: string[], columns: ColumnMap): RawRow {
  const raw = {} as RawRow;
  for (const id of FIELD_IDS) {
    const index = columns.indexOf[id];
    raw[id] = index === undefined ? "" : unescapeFormula(cells[index] ?? "");
  }
  return raw;
}

function checkRecord(record: CsvRecord, columns: ColumnMap, context: RowContext, result: OverviewReadResult): void {
  const { line, cells } = record;
  if (cells.length !== context.expectedCells) {
    const extraAreEmpty = cells.length > context.expectedCells && cells.slice(context.expectedCells).every((c) => c.trim() === "");
    if (!extraAreEmpty) {
      const delimiter = context.delimiter === "\t" ? "Tab" : context.delimiter;
      const hint =
        cells.length > context.expectedCells
          ? `Vermutlich enthält eine Zelle ein „${delimiter}“ ohne Anführungszeichen.`
          : "Vermutlich fehlen Zellen oder ein Zeilenumbruch steht in einer Zelle ohne Anführungszeichen.";
      result.errors.push(problem(line, null, null, `Die Zeile hat ${cells.length} Felder, die Kopfzeile ${context.expectedCells}. ${hint}`));
      return;
    }
  }
  const raw = readRawRow(cells, columns);
  const parsedRow = parseLeistung(raw);
  let rowOk = parsedRow.success;
  if (!parsedRow.success) {
    for (const issue of parsedRow.error.issues) {
      const field = issue.path[0] as FieldId;
      if (context.missingColumns.has(field)) continue;
      // In a multi-value cell, name the one value that is wrong (e.g. one LeiKa key of several).
      const item = typeof issue.path[1] === "number" ? splitMultiValue(raw[field])[issue.path[1]] : undefined;
      result.errors.push(problem(line, FIELDS[field].header, item ?? raw[field].trim(), issue.message));
    }
  }
  const ozgId = raw.ozgId.trim();
  if (ozgId !== "") {
    const firstLine = context.firstLineOf.get(ozgId);
    if (firstLine !== undefined) {
      rowOk = false;
      result.errors.push(
        problem(line, FIELDS.ozgId.header, ozgId, `Die OZG-ID „${ozgId}“ kommt doppelt vor (Zeile ${firstLine} und ${line}).`),
      );
    } else {
      context.firstLineOf.set(ozgId, line);
    }
  }
  if (rowOk && parsedRow.success) {
    result.rows.push(parsedRow.data);
    result.lines.push(line);
  }
}

interface RowContext {
  expectedCells: number;
  delimiter: Delimiter;
  /** Without a required column every row would repeat the same error; the header error says it once. */
  missingColumns: Set<FieldId>;
  /** First line of each OZG-ID, to name both lines of a duplicate. */
  firstLineOf: Map<string, number>;
}

/** Reads already decoded CSV text. */
export function readOverviewText(text: string, options: ReadOptions = {}): OverviewReadResult {
  const result: OverviewReadResult = { recordCount: 0, rows: [], lines: [], errors: [], warnings: [] };
  let columns: ColumnMap | undefined;
  let context: RowContext | undefined;
  let headerEmpty = false;
  const delimiter = detectDelimiter(text);

  const parsed = parseCsv(
    text.replace(/^\uFEFF/, ""),
    (record) => {
      if (columns && context) {
        checkRecord(record, columns, context, result);
        if (options.maxErrors !== undefined && result.errors.length >= options.maxErrors) {
          result.stoppedAtLine = record.line;
          return "stop";
        }
        return;
      }
      headerEmpty = record.cells.every((c) => c.trim() === "");
      columns = mapHeader(record.cells, record.line);
      // A loop, not push(...list): spreading 130,000 header warnings overflows the call stack.
      for (const e of columns.errors) result.errors.push(e);
      for (const w of columns.warnings) result.warnings.push(w);
      context = {
        expectedCells: record.cells.length,
        delimiter,
        missingColumns: new Set(FIELD_IDS.filter((id) => FIELDS[id].required && columns!.indexOf[id] === undefined)),
        firstLineOf: new Map(),
      };
    },
    delimiter,
  );
  result.delimiter = parsed.delimiter;
  result.recordCount = Math.max(0, parsed.recordCount - 1);
  if (parsed.recordCount === 0 || headerEmpty) {
    return { ...result, rows: [], lines: [], errors: [problem(null, null, null, "Die Datei ist leer.")], warnings: [] };
  }
  for (const e of parsed.errors) result.errors.push(problem(e.line, null, null, e.message));
  if (parsed.errors.length > 0) {
    // A record with broken quotes is not a valid row, even when its cells happen to pass the schema.
    const broken = new Set(parsed.errors.map((e) => e.line));
    const keep = result.lines.map((line) => !broken.has(line));
    result.rows = result.rows.filter((_, i) => keep[i]);
    result.lines = result.lines.filter((_, i) => keep[i]);
  }
  if (result.recordCount === 0) result.errors.push(problem(null, null, null, "Die Datei enthält nur die Kopfzeile und keine Leistungen."));
  // Syntax errors arrive after the row errors of the same line; report in file order.
  result.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

/** Reads the bytes of a CSV file: decoding, parsing and validation in one. */
export function readOverview(bytes: Uint8Array, options: ReadOptions = {}): OverviewReadResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) {
    return {
      recordCount: 0,
      rows: [],
      lines: [],
      errors: [problem(null, null, null, decoded.message)],
      warnings: [],
      unreadable: decoded.reason === "binary",
    };
  }
  return { ...readOverviewText(decoded.text, options), encoding: decoded.encoding };
}
