/**
 * Checking a file (CSV or .xlsx) that staff upload in the browser ("Datei prüfen"): the same
 * validation as `npm run validate`, nothing is published. Bounded so that no upload can tie up
 * the server: the size is limited first, the check runs in a worker thread (lib/workers) with a
 * bounded queue, a workbook passes the bomb guard there, and the report is capped
 * (upload-report.ts).
 */
import { PoolBusyError, TaskError, WorkerFailedError } from "../workers/pool";
import { runTask } from "../workers/run-task";
import { uploadSizeProblem } from "./check-upload-size";
import { type UploadCheck, uploadReport } from "./upload-report";

export { MAX_UPLOAD_BYTES, megabytes } from "./check-upload-size";
export { MAX_SHOWN_PROBLEMS, MAX_SHOWN_TEXT, MAX_SHOWN_WARNINGS, type UploadCheck } from "./upload-report";

/** Told to a user whose check cannot even wait in the queue. */
export const BUSY_MESSAGE = "Gerade werden viele Dateien geprüft; bitte in einer Minute erneut versuchen.";
/** Seconds in the Retry-After header of that answer (set by the server action, app/pruefen/actions.ts). */
export const BUSY_RETRY_AFTER_SECONDS = 60;

/** The part of a File that the check needs (the browser's File, or a test double). */
export interface UploadedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function failedMessage(error: WorkerFailedError): string {
  switch (error.reason) {
    case "memory":
      return "Die Datei konnte nicht geprüft werden: Die Prüfung brauchte mehr Arbeitsspeicher als erlaubt. Bitte mit „npm run validate“ prüfen.";
    case "timeout":
      return "Die Datei konnte nicht geprüft werden: Die Prüfung dauerte zu lange und wurde abgebrochen. Bitte mit „npm run validate“ prüfen.";
    case "crash":
      return "Die Datei konnte wegen eines Fehlers auf dem Server nicht geprüft werden. Bitte später erneut versuchen.";
  }
}

export async function checkUploadedFile(file: UploadedFile | null): Promise<UploadCheck> {
  if (!file || file.name === "") return { ok: false, message: "Bitte wählen Sie eine Datei aus (CSV oder Excel-Arbeitsmappe .xlsx)." };
  if (file.size === 0) return { ok: false, message: "Die Datei ist leer." };
  const tooBig = uploadSizeProblem(file.size);
  if (tooBig) return { ok: false, message: tooBig };
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  try {
    // The bytes move to the worker (transferred, not copied).
    const task = { kind: "check", fileName: file.name, bytes };
    return await runTask<UploadCheck>(task, { transfer: [buffer], inProcess: () => uploadReport(file.name, bytes) });
  } catch (error) {
    if (error instanceof PoolBusyError) return { ok: false, busy: true, message: BUSY_MESSAGE };
    if (error instanceof TaskError) {
      console.error(`Datei prüfen: ${error.error.name}: ${error.error.message}`);
      return { ok: false, message: "Die Datei konnte wegen eines Fehlers auf dem Server nicht geprüft werden. Bitte später erneut versuchen." };
    }
    if (error instanceof WorkerFailedError) {
      console.error(`Datei prüfen: ${error.message}`);
      return { ok: false, message: failedMessage(error) };
    }
    throw error;
  }
}
