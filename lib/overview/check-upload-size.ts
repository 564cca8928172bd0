/** The size limit of "Datei prüfen", free of server code so that the browser can check it first. */
import { formatNumber } from "../format";

/** A little more than the generated 100,000-row overview (about 20 MB). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** Rounded up to a tenth, so that a file just over the limit never reads as "25 MB". */
export function megabytes(bytes: number): string {
  return `${formatNumber(Math.ceil((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** The German message for a file over the limit, or null. */
export function uploadSizeProblem(size: number, max: number = MAX_UPLOAD_BYTES): string | null {
  return size > max
    ? `Die Datei ist zu groß (${megabytes(size)}). Erlaubt sind höchstens ${megabytes(max)}; als Excel-Arbeitsmappe (.xlsx) gespeichert ist dieselbe Tabelle meist viel kleiner.`
    : null;
}
