/**
 * CSV text → records with the file line each one starts on. papaparse does the tokenising;
 * we add delimiter detection from the header line (papaparse guesses badly on small files)
 * and line numbers (it only reports character offsets).
 */
import Papa from "papaparse";

export type Delimiter = ";" | "," | "\t";

export interface CsvRecord {
  /** 1-based line in the file where the record starts (the header is line 1). */
  line: number;
  /**
   * 1-based row as a spreadsheet shows the file: every record counts once, however many lines
   * its cells span, and a blank line is an (empty) row of its own, as Excel and Calc show it.
   */
  row: number;
  cells: string[];
}

export interface CsvSyntaxError {
  line: number;
  row: number;
  message: string;
}

export interface ParsedCsv {
  delimiter: Delimiter;
  /** Number of records, the header included. */
  recordCount: number;
  errors: CsvSyntaxError[];
}

const CANDIDATES: Delimiter[] = [";", ",", "\t"];

/**
 * The delimiter used most often outside quotes in the header line (the first line that is not
 * blank, as the parser skips blank lines too); `;` (German Excel) on a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      quoted = !quoted;
      content = true;
    } else if (!quoted && (ch === "\n" || ch === "\r")) {
      if (content) break;
      for (const d of CANDIDATES) counts.set(d, 0);
    } else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
    else if (ch.trim() !== "") content = true;
  }
  let best: Delimiter = ";";
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Counts line breaks up to a growing offset, so that line numbers cost one pass in total. */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  lineAt(target: number): number {
    let next = this.text.indexOf("\n", this.offset);
    while (next !== -1 && next < target) {
      this.line++;
      this.offset = next + 1;
      next = this.text.indexOf("\n", this.offset);
    }
    return this.line;
  }
}

function syntaxMessage(code: string): string {
  switch (code) {
    case "MissingQuotes":
      return "Ein Anführungszeichen wird geöffnet, aber nicht geschlossen; der Rest der Datei wird als eine Zelle gelesen. Bitte das fehlende „\"“ ergänzen.";
    case "InvalidQuotes":
      return "Fehlerhafte Anführungszeichen: Nach dem schließenden „\"“ folgt weiterer Text. Anführungszeichen innerhalb einer Zelle müssen verdoppelt werden („\"\"“).";
    default:
      return "Die Zeile ist kein gültiges CSV.";
  }
}

/**
 * Parses the text and hands each record to `onRecord` as soon as it is read, so a large file
 * is never held as records and rows at the same time. `onRecord` returning "stop" ends parsing.
 */
export function parseCsv(
  text: string,
  onRecord: (record: CsvRecord) => void | "stop",
  delimiter: Delimiter = detectDelimiter(text),
): ParsedCsv {
  let recordCount = 0;
  const errors: CsvSyntaxError[] = [];
  const lines = new LineCounter(text);
  let previousEnd = 0;
  let row = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    // Blank lines are skipped here rather than by papaparse ("greedy"), so that every record,
    // skipped or not, moves `previousEnd` (the cursor is the offset where the next record starts).
    // Otherwise a skipped line such as `"";""` would shift the line numbers of all later records.
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = previousEnd;
      previousEnd = result.meta.cursor;
      // A line break right at the end of the text is no row of its own.
      if (start >= text.length) return;
      row++;
      if (result.data.every((cell) => cell.trim() === "")) return;
      const line = lines.lineAt(start);
      recordCount++;
      if (onRecord({ line, row, cells: result.data }) === "stop") parser.abort();
      const reported = new Set<string>();
      for (const error of result.errors) {
        if (reported.has(error.code)) continue;
        reported.add(error.code);
        errors.push({ line, row, message: syntaxMessage(error.code) });
      }
    },
  });
  return { delimiter, recordCount, errors };
}
