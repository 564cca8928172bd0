/**
 * The report of "Datei prüfen" for the bytes of an uploaded file (CSV or .xlsx): the same
 * validation as `npm run validate`, bounded for the browser. No I/O and no server-only code,
 * so that it runs in a worker thread (lib/workers).
 */
import type { Problem } from "./read";
import { readOverviewFile } from "./read-file";
import { type ValidationReport, validationReport } from "./report";

/** Reading stops after this many errors; `npm run validate` lists them all. */
export const MAX_SHOWN_PROBLEMS = 500;
/** Warnings shown; the rest are counted (100,000 unknown header columns must not make a 42 MB answer). */
export const MAX_SHOWN_WARNINGS = 200;
/** Longer values (and messages quoting them) are cut for display. */
export const MAX_SHOWN_TEXT = 300;

export type UploadCheck =
  | {
      ok: false;
      message: string;
      /** Set when the check could not even wait: too many files are being checked. */
      busy?: true;
    }
  | {
      ok: true;
      report: ValidationReport;
      /** Set when reading stopped at MAX_SHOWN_PROBLEMS errors: the row it stopped at. */
      stoppedAtRow?: number;
      /** Errors beyond MAX_SHOWN_PROBLEMS (in the header, before reading could stop), not shown. */
      moreErrors?: number;
      /** Warnings beyond MAX_SHOWN_WARNINGS, not shown. */
      moreWarnings?: number;
    };

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

export async function uploadReport(fileName: string, bytes: Uint8Array): Promise<UploadCheck> {
  const result = await readOverviewFile(bytes, { maxErrors: MAX_SHOWN_PROBLEMS });
  const report = validationReport(fileName, result);
  const moreErrors = Math.max(0, report.errors.length - MAX_SHOWN_PROBLEMS);
  const moreWarnings = Math.max(0, report.warnings.length - MAX_SHOWN_WARNINGS);
  return {
    ok: true,
    report: {
      ...report,
      errors: report.errors.slice(0, MAX_SHOWN_PROBLEMS).map(forDisplay),
      warnings: report.warnings.slice(0, MAX_SHOWN_WARNINGS).map(forDisplay),
    },
    ...(result.stoppedAtRow !== undefined ? { stoppedAtRow: result.stoppedAtRow } : {}),
    ...(moreErrors > 0 ? { moreErrors } : {}),
    ...(moreWarnings > 0 ? { moreWarnings } : {}),
  };
}
