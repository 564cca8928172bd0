/** One German sentence summing up an upload check: shown as the result's heading and announced. */
import { formatNumber } from "../format";
import type { UploadCheck } from "./upload-report";

export function uploadSummary(check: UploadCheck): string {
  if (!check.ok) return check.message;
  const errors = check.report.errors.length + (check.moreErrors ?? 0);
  if (errors === 0) return "Die Datei ist gültig.";
  if (check.stoppedAtRow !== undefined) return `Die Datei enthält mindestens ${formatNumber(errors)} Fehler.`;
  return `Die Datei enthält ${formatNumber(errors)} Fehler.`;
}
