/**
 * The check's report as a table staff can sort and filter: one row per problem with Zeile,
 * Spalte, OZG-ID, Leistung, Wert and the bare problem text, as CSV or as a workbook.
 */
import { csvCell } from "../csv/write";
import { slug } from "../fold";
import { workbookBytes } from "../xlsx/write";
import type { Problem } from "./read";

export const REPORT_HEADERS = ["Art", "Zeile", "Spalte", "OZG-ID", "Leistung", "Wert", "Problem"] as const;

/** What a report download needs of a problem (what the browser sends back). */
export type ReportProblem = Pick<Problem, "row" | "column" | "value" | "text"> & Partial<Pick<Problem, "ozgId" | "leistung">>;

export interface ReportTable {
  file: string;
  errors: ReportProblem[];
  warnings: ReportProblem[];
}

export function reportRows(report: ReportTable): string[][] {
  const row = (kind: string, p: ReportProblem) => [
    kind,
    p.row === null ? "" : String(p.row),
    p.column ?? "",
    p.ozgId ?? "",
    p.leistung ?? "",
    p.value ?? "",
    p.text,
  ];
  return [...report.errors.map((p) => row("Fehler", p)), ...report.warnings.map((p) => row("Warnung", p))];
}

/** UTF-8 with BOM, `;`, CRLF, every cell quoted as the export does (formula triggers neutralised). */
export function reportCsv(report: ReportTable): string {
  const lines = [REPORT_HEADERS, ...reportRows(report)].map((cells) => cells.map(csvCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function reportWorkbook(report: ReportTable): Promise<Buffer> {
  const rows = reportRows(report);
  return workbookBytes({
    table: { name: "Prüfbericht", headers: REPORT_HEADERS, rowCount: rows.length, rows },
    info: {
      name: "Info",
      rows: [
        ["Datei", report.file],
        ["Fehler", String(report.errors.length)],
        ["Warnungen", String(report.warnings.length)],
      ],
    },
  });
}

/** "pruefbericht_meine-datei.csv": the checked file's name, made safe. */
export function reportFileName(file: string, extension: ".csv" | ".xlsx"): string {
  const base = slug(file.replace(/\.[^.]*$/, "")).slice(0, 80);
  return `pruefbericht_${base || "datei"}${extension}`;
}
