/**
 * Checking a CSV file that staff upload in the browser ("Datei prüfen"): the same validation as
 * `npm run validate`, nothing is published. Bounded so that no upload can tie up the server: the
 * size is limited first, reading stops after MAX_SHOWN_PROBLEMS errors, and long cell values are
 * shortened in what goes back to the browser.
 */
import { uploadSizeProblem } from "./check-upload-size";
import type { Problem } from "./read";
import { readOverview } from "./read";
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
      /** Set when reading stopped at MAX_SHOWN_PROBLEMS errors: the line it stopped at. */
      stoppedAtLine?: number;
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
  return { ...problem, value: problem.value === null ? null : shorten(problem.value), message: shorten(problem.message) };
}

export async function checkUploadedFile(file: UploadedFile | null): Promise<UploadCheck> {
  if (!file || file.name === "") return { ok: false, message: "Bitte wählen Sie eine CSV-Datei aus." };
  if (file.size === 0) return { ok: false, message: "Die Datei ist leer." };
  const tooBig = uploadSizeProblem(file.size);
  if (tooBig) return { ok: false, message: tooBig };
  const result = readOverview(new Uint8Array(await file.arrayBuffer()), { maxErrors: MAX_SHOWN_PROBLEMS });
  const report = validationReport(file.name, result);
  return {
    ok: true,
    report: { ...report, errors: report.errors.map(forDisplay), warnings: report.warnings.map(forDisplay) },
    ...(result.stoppedAtLine !== undefined ? { stoppedAtLine: result.stoppedAtLine } : {}),
  };
}
