/** Reports of a validation: the text and JSON the command-line tools print, the table staff download. */
import { escapeForTerminal } from "../cell-checks";
import type { OverviewReadResult, Problem } from "./read";

export interface ValidationReport {
  file: string;
  rows: number;
  errors: Problem[];
  warnings: Problem[];
}

export function validationReport(file: string, result: OverviewReadResult): ValidationReport {
  return { file, rows: result.recordCount, errors: result.errors, warnings: result.warnings };
}

export function formatReport(report: ValidationReport): string {
  const lines = [
    `${report.file}: ${report.rows} Leistungen, ${report.errors.length} Fehler, ${report.warnings.length} Warnungen`,
  ];
  for (const e of report.errors) lines.push(`  Fehler:  ${e.message}`);
  for (const w of report.warnings) lines.push(`  Warnung: ${w.message}`);
  lines.push(report.errors.length === 0 ? "Die Datei ist gültig." : "Die Datei ist ungültig und kann so nicht veröffentlicht werden.");
  // A cell may hold ESC or bidi overrides: the terminal shows them as <U+001B> instead of obeying them.
  return escapeForTerminal(lines.join("\n"));
}

/** One problem as `validate --json` prints it (docs/contract.md §5), with the row's OZG-ID and Leistung where known. */
export interface JsonProblem {
  row: number | null;
  line: number | null;
  column: string | null;
  value: string | null;
  message: string;
  ozgId?: string;
  leistung?: string;
  suggestion?: string;
}

export function jsonProblem(p: Problem): JsonProblem {
  const out: JsonProblem = { row: p.row, line: p.line, column: p.column, value: p.value, message: p.message };
  if (p.ozgId !== undefined) out.ozgId = p.ozgId;
  if (p.leistung !== undefined) out.leistung = p.leistung;
  if (p.suggestion !== undefined) out.suggestion = p.suggestion;
  return out;
}

export function reportJson(report: ValidationReport) {
  return { file: report.file, rows: report.rows, errors: report.errors.map(jsonProblem), warnings: report.warnings.map(jsonProblem) };
}

/**
 * JSON text with C1 controls and bidi characters written as \u escapes (JSON.stringify escapes
 * only C0): the same data, safe to print to a terminal.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
