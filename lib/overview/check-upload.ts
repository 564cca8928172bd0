/**
 * Checking a file (CSV or .xlsx) that staff upload in the browser ("Datei prüfen"): the same
 * validation as `npm run validate`, nothing is published. Bounded so that no upload can tie up
 * the server: the size is limited first, a workbook passes the bomb guard, reading stops after
 * MAX_SHOWN_PROBLEMS errors, warnings shown are capped, and long values are shortened.
 */
import { uploadSizeProblem } from "./check-upload-size";
import type { Problem } from "./read";
import { readOverviewFile } from "./read-file";
import { type ValidationReport, validationReport } from "./report";

export { MAX_UPLOAD_BYTES, megabytes } from "./check-upload-size";

/** Reading stops after this many errors; `npm run validate` lists them all. */
export const MAX_SHOWN_PROBLEMS = 500;
/** Longer values (and messages quoting them) are cut for display. */
export const MAX_SHOWN_TEXT = 300;

export type UploadCheck =
  | { ok: false; message: string }
  | {
      ok: true;
      report: ValidationReport;
      /** Set when reading stopped at MAX_SHOWN_PROBLEMS errors: the row it stopped at. */
      stoppedAtRow?: number;
      /** Warnings beyond MAX_SHOWN_PROBLEMS, not shown. */
      moreWarnings?: number;
    };

/** The part of a File that the check needs (the browser's File, or a test double). */
export interface UploadedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)} …` : text;
}

function forDisplay(problem: Problem): Problem {
  return {
    ...problem,
    value: problem.value === null ? null : shorten(problem.value),
    message: shorten(problem.message),
    text: shorten(problem.text),
    ...(problem.leistung !== undefined ? { leistung: shorten(problem.leistung) } : {}),
  };
}

export async function checkUploadedFile(file: UploadedFile | null): Promise<UploadCheck> {
  if (!file || file.name === "") return { ok: false, message: "Bitte wählen Sie eine Datei aus (CSV oder Excel-Arbeitsmappe .xlsx)." };
  if (file.size === 0) return { ok: false, message: "Die Datei ist leer." };
  const tooBig = uploadSizeProblem(file.size);
  if (tooBig) return { ok: false, message: tooBig };
  const result = await readOverviewFile(new Uint8Array(await file.arrayBuffer()), { maxErrors: MAX_SHOWN_PROBLEMS });
  const report = validationReport(file.name, result);
  const moreWarnings = Math.max(0, report.warnings.length - MAX_SHOWN_PROBLEMS);
  return {
    ok: true,
    report: { ...report, errors: report.errors.map(forDisplay), warnings: report.warnings.slice(0, MAX_SHOWN_PROBLEMS).map(forDisplay) },
    ...(result.stoppedAtRow !== undefined ? { stoppedAtRow: result.stoppedAtRow } : {}),
    ...(moreWarnings > 0 ? { moreWarnings } : {}),
  };
}
