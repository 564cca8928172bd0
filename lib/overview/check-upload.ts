/**
 * Checking a CSV file that staff upload in the browser ("Datei prüfen"): the same validation as
 * `npm run validate`, nothing is published. Limits the size first, so that an oversized upload
 * gets a clear German message instead of tying up the server.
 */
import { uploadSizeProblem } from "./check-upload-size";
import { readOverview } from "./read";
import { type ValidationReport, validationReport } from "./report";

export { MAX_UPLOAD_BYTES, megabytes } from "./check-upload-size";

/** At most this many problems are sent back; the count says how many there are in all. */
export const MAX_SHOWN_PROBLEMS = 500;

export type UploadCheck =
  | { ok: false; message: string }
  | { ok: true; report: ValidationReport; errorCount: number; warningCount: number; unreadable: boolean };

/** The part of a File that the check needs (the browser's File, or a test double). */
export interface UploadedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function checkUploadedFile(file: UploadedFile | null): Promise<UploadCheck> {
  if (!file || file.name === "" || file.size === 0) {
    return { ok: false, message: file && file.name !== "" ? "Die Datei ist leer." : "Bitte wählen Sie eine CSV-Datei aus." };
  }
  const tooBig = uploadSizeProblem(file.size);
  if (tooBig) return { ok: false, message: tooBig };
  const result = readOverview(new Uint8Array(await file.arrayBuffer()));
  const report = validationReport(file.name, result);
  return {
    ok: true,
    report: {
      ...report,
      errors: report.errors.slice(0, MAX_SHOWN_PROBLEMS),
      warnings: report.warnings.slice(0, MAX_SHOWN_PROBLEMS),
    },
    errorCount: report.errors.length,
    warningCount: report.warnings.length,
    unreadable: result.unreadable === true,
  };
}
