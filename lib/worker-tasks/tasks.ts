/**
 * The jobs a worker thread runs (task.worker.ts): checking an upload, reading a Stand. This
 * folder sits above lib/overview and lib/store, which call the jobs through lib/workers without
 * importing this folder (the worker is started by the URL of its script). Nothing here may
 * import a server-only module: a worker has no React server condition.
 */
import type { Transferable } from "node:worker_threads";
import { uploadReport } from "../overview/upload-report";
import { DataSourceError } from "../store/errors";
import { type CompareWith, prepareStand } from "../store/prepare";
import { loadStandFile } from "../store/stand-file";
import type { SerializedError } from "../workers/pool";

export type Task =
  /** Check the bytes of an uploaded file ("Datei prüfen"). */
  | { kind: "check"; fileName: string; bytes: Uint8Array }
  /** Read, validate and index a published Stand. */
  | { kind: "stand"; file: string; stand: string }
  /** Check an upload for publishing: the report, and for a valid file what publishing needs (lib/store/prepare.ts). */
  | { kind: "prepare"; fileName: string; bytes: Uint8Array; stand: string; against: CompareWith | null; detail: "counts" | "full" };

/**
 * The buffers of every typed array in a value (a Dataset is nearly all typed arrays): moved to
 * the receiving thread instead of copied.
 */
export function transferables(value: unknown, found = new Set<ArrayBuffer>(), seen = new Set<object>()): ArrayBuffer[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return [...found];
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else {
    for (const item of Array.isArray(value) ? value : Object.values(value)) transferables(item, found, seen);
  }
  return [...found];
}

export async function runTask(task: Task): Promise<{ value: unknown; transfer: Transferable[] }> {
  switch (task.kind) {
    case "check":
      return { value: await uploadReport(task.fileName, task.bytes), transfer: [] };
    case "stand": {
      const loaded = await loadStandFile(task.file, task.stand);
      return { value: loaded, transfer: transferables(loaded) };
    }
    case "prepare": {
      const prepared = await prepareStand(task.fileName, task.bytes, task.stand, task.against, task.detail);
      // Only the bytes move back (transferred); the report and the diff are plain data.
      const { csv, snapshot } = prepared.publishable ?? {};
      return { value: prepared, transfer: [...new Set([csv?.buffer, snapshot?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))] };
    }
  }
}

/** An error as plain data for the way back; a DataSourceError keeps its problems. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof DataSourceError) {
    return { name: error.name, message: error.message, problems: error.problems, problemCount: error.problemCount };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}
