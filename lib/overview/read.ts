/**
 * Reads an overview completely and reports every problem with row, line, column and value.
 * Two sources, one validation: a CSV file and a workbook sheet both become records of cells with
 * their spreadsheet row and file line (`SheetRecord`), and `OverviewValidator` checks them.
 * A result with errors must never be published; `rows` then holds only the rows that were valid.
 */
import { decodeCsvBytes, type Encoding } from "../csv/decode";
import type { SheetRecord } from "../csv/sheet-record";
import { unescapeFormula } from "../csv/formula";
import { type Delimiter, detectDelimiter, parseCsv } from "../csv/parse";
import { FIELD_IDS, FIELDS, type FieldId, fieldForHeader, isControlledField } from "../vocabulary";
import { MAX_VALUES_PER_CELL, checkCellText, isInvisibleOnly } from "../cell-checks";
import { type Leistung, type RawRow, parseLeistung, splitMultiValue } from "../leistung";
import { suggestValue } from "./suggest";

export interface Problem {
  /** Row as a spreadsheet numbers it (header = row 1); null when the problem concerns the whole file. */
  row: number | null;
  /** 1-based line in the file (a record spanning lines: its first line; a workbook: = row). */
  line: number | null;
  /** German column header (or "Spalte 18 (R)" for a column without one), null for a whole row or file. */
  column: string | null;
  value: string | null;
  /** Complete German sentence, starting with row and column: „Zeile 4, Spalte „Phase“: …“. */
  message: string;
  /** The same sentence without row and column, for tables that show those separately. */
  text: string;
  /** OZG-ID and Leistung of the row, where the row has them, so staff can find it. */
  ozgId?: string;
  leistung?: string;
  /** A close value of the vocabulary, also named in the message („Meinten Sie „Umsetzung“?“). */
  suggestion?: string;
}

export interface OverviewReadResult {
  /** Data records in the file (rows after the header that are not blank). */
  recordCount: number;
  /** The valid rows; complete only when `errors` is empty. */
  rows: Leistung[];
  /** File line of each row in `rows`, same index. */
  lines: number[];
  /** Spreadsheet row of each row in `rows`, same index. */
  rowNumbers: number[];
  errors: Problem[];
  warnings: Problem[];
  format?: "csv" | "xlsx";
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** The sheet read, for a workbook. */
  sheet?: string;
  /** Set when the bytes are not readable at all (binary, a refused workbook, PDF). */
  unreadable?: boolean;
  /** Set when reading stopped at `maxErrors` errors: the line and row of the last record read. */
  stoppedAtLine?: number;
  stoppedAtRow?: number;
}

export interface ReadOptions {
  /**
   * Stop after this many errors (the browser check of uploads). Without it the whole file is
   * read and every problem reported, as the contract asks of validate and import.
   */
  maxErrors?: number;
}

interface Where {
  row?: number | null;
  line?: number | null;
  column?: string | null;
  /** Quote the column name („Phase“); a column without header is named plainly (Spalte 18 (R)). */
  quoted?: boolean;
}

export function problem(where: Where, value: string | null, text: string, extra: Partial<Problem> = {}): Problem {
  const row = where.row ?? null;
  const column = where.column ?? null;
  const parts = [row !== null ? `Zeile ${row}` : null, column !== null ? (where.quoted === false ? column : `Spalte „${column}“`) : null];
  const prefix = parts.filter(Boolean).join(", ");
  return { row, line: where.line ?? null, column, value, message: prefix ? `${prefix}: ${text}` : text, text, ...extra };
}

export function fileProblem(text: string): Problem {
  return problem({}, null, text);
}

/** "A", …, "Z", "AA": the column letters staff see above the sheet. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function unnamedColumn(index: number): string {
  return `Spalte ${index + 1} (${columnLetter(index)})`;
}

export function emptyResult(): OverviewReadResult {
  return { recordCount: 0, rows: [], lines: [], rowNumbers: [], errors: [], warnings: [] };
}

export interface ValidatorOptions extends ReadOptions {
  /** CSV: every record must have as many cells as the header (a shifted row is caught at once). */
  checkWidth?: { delimiter: Delimiter };
}

/** Validates records one by one (header first), so no source holds all its records at once. */
export class OverviewValidator {
  readonly result = emptyResult();
  private headerCells: string[] | null = null;
  private headerEmpty = false;
  private indexOf: Partial<Record<FieldId, number>> = {};
  private missing = new Set<FieldId>();
  private firstRowOf = new Map<string, number>();

  constructor(private readonly options: ValidatorOptions = {}) {}

  /** Feeds the next record; "stop" once `maxErrors` is reached. */
  add(record: SheetRecord): "stop" | void {
    if (!this.headerCells) return this.header(record);
    this.result.recordCount++;
    this.check(record);
    if (this.options.maxErrors !== undefined && this.result.errors.length >= this.options.maxErrors) {
      this.result.stoppedAtLine = record.line;
      this.result.stoppedAtRow = record.row;
      return "stop";
    }
  }

  private header(record: SheetRecord): void {
    const { row, line } = record;
    this.headerCells = record.cells;
    this.headerEmpty = record.cells.every((c) => c.trim() === "");
    record.cells.forEach((rawName, index) => {
      const name = rawName.trim();
      if (name === "") {
        this.result.warnings.push(
          problem({ row, line }, null, `${unnamedColumn(index)} hat keine Überschrift. Sie muss leer bleiben; ein Wert darin ist ein Fehler.`),
        );
        return;
      }
      for (const issue of checkCellText(rawName)) this.push(issue.level, problem({ row, line, column: name }, name, issue.text));
      const field = fieldForHeader(name);
      if (!field) {
        this.result.warnings.push(problem({ row, line, column: name }, name, `Unbekannte Spalte „${name}“ wird ignoriert.`));
      } else if (this.indexOf[field] !== undefined) {
        this.result.errors.push(
          problem({ row, line, column: FIELDS[field].header }, name, `Die Spalte kommt doppelt vor (Spalte ${columnLetter(this.indexOf[field]!)} und ${columnLetter(index)}).`),
        );
      } else {
        this.indexOf[field] = index;
      }
    });
    for (const id of FIELD_IDS) {
      if (FIELDS[id].required && this.indexOf[id] === undefined) {
        this.missing.add(id);
        this.result.errors.push(problem({ row, line, column: FIELDS[id].header }, null, `Pflichtspalte „${FIELDS[id].header}“ fehlt in der Kopfzeile.`));
      }
    }
  }

  private push(level: "error" | "warning", p: Problem): void {
    (level === "error" ? this.result.errors : this.result.warnings).push(p);
  }

  private columnName(index: number): { column: string; quoted: boolean } {
    const header = this.headerCells![index]?.trim() ?? "";
    const field = header ? fieldForHeader(header) : undefined;
    if (field) return { column: FIELDS[field].header, quoted: true };
    return header ? { column: header, quoted: true } : { column: unnamedColumn(index), quoted: false };
  }

  private check(record: SheetRecord): void {
    const { row, line, cells } = record;
    const headerCells = this.headerCells!;
    const errorsBefore = this.result.errors.length;
    const warningsBefore = this.result.warnings.length;
    const width = this.options.checkWidth;
    if (width && cells.length !== headerCells.length) {
      const extraAreEmpty = cells.length > headerCells.length && cells.slice(headerCells.length).every((c) => c.trim() === "");
      if (!extraAreEmpty) {
        const delimiter = width.delimiter === "\t" ? "Tab" : width.delimiter;
        const hint =
          cells.length > headerCells.length
            ? `Vermutlich enthält eine Zelle ein „${delimiter}“ ohne Anführungszeichen.`
            : "Vermutlich fehlen Zellen oder ein Zeilenumbruch steht in einer Zelle ohne Anführungszeichen.";
        this.result.errors.push(problem({ row, line }, null, `Die Zeile hat ${cells.length} Felder, die Kopfzeile ${headerCells.length}. ${hint}`));
        this.finishRecord(record, errorsBefore, warningsBefore, null);
        return;
      }
    }

    const raw = {} as RawRow;
    for (const id of FIELD_IDS) {
      const index = this.indexOf[id];
      const cell = index === undefined ? "" : unescapeFormula(cells[index] ?? "");
      // Only invisible characters (U+200B, soft hyphen, spaces) is an empty cell, also for "required".
      raw[id] = cell !== "" && isInvisibleOnly(cell) ? "" : cell;
    }

    cells.forEach((cell, index) => {
      if (cell === "") return;
      const header = headerCells[index]?.trim() ?? "";
      if (header === "" && !isInvisibleOnly(cell)) {
        this.result.errors.push(
          problem({ row, line, column: unnamedColumn(index), quoted: false }, cell.trim(), "Der Wert steht in einer Spalte ohne Überschrift. Vermutlich ist die Zeile verrutscht (ein Trennzeichen in einer Zelle); bitte den Wert in die richtige Spalte setzen oder die Spalte benennen."),
        );
      }
      for (const issue of checkCellText(cell)) {
        this.push(issue.level, problem({ row, line, ...this.columnName(index) }, cell.trim(), issue.text));
      }
    });
    for (const note of record.notes ?? []) {
      this.push(note.level, problem({ row, line, ...this.columnName(note.index) }, cells[note.index]?.trim() ?? "", note.text));
    }
    for (const id of ["lebenslage", "leikaSchluessel", "rechtsgrundlagen"] as const) {
      const count = splitMultiValue(raw[id]).length;
      if (count > MAX_VALUES_PER_CELL) {
        this.result.errors.push(
          problem({ row, line, column: FIELDS[id].header }, null, `Die Zelle enthält ${count} Werte; erlaubt sind höchstens ${MAX_VALUES_PER_CELL}.`),
        );
      }
    }

    const parsed = parseLeistung(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as FieldId;
        if (this.missing.has(field)) continue;
        // In a multi-value cell, name the one value that is wrong (e.g. one LeiKa key of several).
        const item = typeof issue.path[1] === "number" ? splitMultiValue(raw[field])[issue.path[1]] : undefined;
        const value = item ?? raw[field].trim();
        const suggestion = value !== "" && isControlledField(field) ? suggestValue(field, value) : undefined;
        const text = suggestion ? `${issue.message} Meinten Sie „${suggestion}“?` : issue.message;
        this.result.errors.push(problem({ row, line, column: FIELDS[field].header }, value, text, suggestion ? { suggestion } : {}));
      }
    }
    const ozgId = raw.ozgId.trim();
    if (ozgId !== "") {
      const firstRow = this.firstRowOf.get(ozgId);
      if (firstRow !== undefined) {
        this.result.errors.push(
          problem({ row, line, column: FIELDS.ozgId.header }, ozgId, `Die OZG-ID „${ozgId}“ kommt doppelt vor (Zeile ${firstRow} und ${row}).`),
        );
      } else {
        this.firstRowOf.set(ozgId, row);
      }
    }
    this.finishRecord(record, errorsBefore, warningsBefore, raw);
    if (this.result.errors.length === errorsBefore && parsed.success) {
      this.result.rows.push(parsed.data);
      this.result.lines.push(line);
      this.result.rowNumbers.push(row);
    }
  }

  /** Names the row's OZG-ID and Leistung in each of its problems. */
  private finishRecord(record: SheetRecord, errorsBefore: number, warningsBefore: number, raw: RawRow | null): void {
    const cells = record.cells;
    const cell = (id: FieldId) => {
      const index = this.indexOf[id];
      return (raw ? raw[id] : index === undefined ? "" : (cells[index] ?? "")).trim();
    };
    const ozgId = cell("ozgId");
    const leistung = cell("leistung");
    const label = (p: Problem) => {
      if (ozgId) p.ozgId = ozgId;
      if (leistung) p.leistung = leistung;
    };
    for (let i = errorsBefore; i < this.result.errors.length; i++) label(this.result.errors[i]);
    for (let i = warningsBefore; i < this.result.warnings.length; i++) label(this.result.warnings[i]);
  }

  /** True when there was no record, or only an empty header: the file is empty. */
  get empty(): boolean {
    return !this.headerCells || this.headerEmpty;
  }

  /** Closes the reading: file-level problems, and problems in row order. */
  finish(): OverviewReadResult {
    const result = this.result;
    if (this.empty) return { ...emptyResult(), errors: [fileProblem("Die Datei ist leer.")] };
    if (result.recordCount === 0) result.errors.push(fileProblem("Die Datei enthält nur die Kopfzeile und keine Leistungen."));
    // Syntax errors arrive after the row errors of the same record; report in row order.
    const order = (p: Problem) => p.row ?? 0;
    result.errors.sort((a, b) => order(a) - order(b));
    result.warnings.sort((a, b) => order(a) - order(b));
    return result;
  }
}

/** Reads already decoded CSV text. */
export function readOverviewText(text: string, options: ReadOptions = {}): OverviewReadResult {
  const delimiter = detectDelimiter(text);
  const validator = new OverviewValidator({ ...options, checkWidth: { delimiter } });
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""), (record) => validator.add(record), delimiter);
  const empty = validator.empty;
  const result = { ...validator.finish(), format: "csv" as const, delimiter: parsed.delimiter };
  if (empty) return result;
  for (const e of parsed.errors) result.errors.push(problem({ row: e.row, line: e.line }, null, e.message));
  if (parsed.errors.length > 0) {
    // A record with broken quotes is not a valid row, even when its cells happen to pass the schema.
    const broken = new Set(parsed.errors.map((e) => e.row));
    const keep = result.rowNumbers.map((row) => !broken.has(row));
    result.rows = result.rows.filter((_, i) => keep[i]);
    result.lines = result.lines.filter((_, i) => keep[i]);
    result.rowNumbers = result.rowNumbers.filter((_, i) => keep[i]);
    result.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
  return result;
}

/** Reads the bytes of a CSV file: decoding, parsing and validation in one. */
export function readOverview(bytes: Uint8Array, options: ReadOptions = {}): OverviewReadResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) {
    return { ...emptyResult(), errors: [fileProblem(decoded.message)], unreadable: decoded.reason === "binary" };
  }
  return { ...readOverviewText(decoded.text, options), encoding: decoded.encoding };
}
