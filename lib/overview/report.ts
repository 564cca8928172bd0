/** Text and JSON reports of a validation, as the command-line tools print them. */
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
  return lines.join("\n");
}
