/**
 * The report of "Datei prüfen" for the bytes of an uploaded file: the same validation as
 * `npm run validate`, bounded for the browser. Pure (no I/O), so that it runs in a worker thread.
 */
import type { Problem } from "./read";
import { readOverview } from "./read";
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
      /** Set when the check could not start because too many files are being checked. */
      busy?: true;
    }
  | {
      ok: true;
      report: ValidationReport;
      /** Set when reading stopped at MAX_SHOWN_PROBLEMS errors: the line it stopped at. */
      stoppedAtLine?: number;
      /** Errors found but not shown (beyond MAX_SHOWN_PROBLEMS, e.g. in the header). */
      omittedErrors?: number;
      /** Warnings found but not shown (beyond MAX_SHOWN_WARNINGS). */
      omittedWarnings?: number;
    };

function shorten(text: string): string {
  return text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)} …` : text;
}

function forDisplay(problem: Problem): Problem {
  return { ...problem, value: problem.value === null ? null : shorten(problem.value), message: shorten(problem.message) };
}

export function uploadReport(fileName: string, bytes: Uint8Array): UploadCheck {
  const result = readOverview(bytes, { maxErrors: MAX_SHOWN_PROBLEMS });
  const report = validationReport(fileName, result);
  const omittedErrors = Math.max(0, report.errors.length - MAX_SHOWN_PROBLEMS);
  const omittedWarnings = Math.max(0, report.warnings.length - MAX_SHOWN_WARNINGS);
  return {
    ok: true,
    report: {
      ...report,
      errors: report.errors.slice(0, MAX_SHOWN_PROBLEMS).map(forDisplay),
      warnings: report.warnings.slice(0, MAX_SHOWN_WARNINGS).map(forDisplay),
    },
    ...(result.stoppedAtLine !== undefined ? { stoppedAtLine: result.stoppedAtLine } : {}),
    ...(omittedErrors > 0 ? { omittedErrors } : {}),
    ...(omittedWarnings > 0 ? { omittedWarnings } : {}),
  };
}
