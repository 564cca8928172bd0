/**
 * The jobs a worker thread runs, and their transfer lists. Everything here runs off the request
 * thread; it must not import server-only modules (a worker has no React server condition).
 */
import type { Transferable } from "node:worker_threads";
import type { Dataset } from "../dataset/dataset";
import { type UploadCheck, uploadReport } from "../overview/upload-report";
import { DataSourceError } from "../store/errors";
import { datasetBuffers, readStandFile } from "../store/stand-file";
import type { SerializedError } from "./pool";

export type Task =
  /** Check the bytes of an uploaded file ("Datei prüfen"). */
  | { kind: "check"; fileName: string; bytes: Uint8Array }
  /** Read, validate and index a published Stand. */
  | { kind: "stand"; file: string; stand: string };

export type TaskResult<T extends Task> = T extends { kind: "check" } ? UploadCheck : Dataset;

/**
 * `split` names an array of the value that the worker sends in slices (a Stand's rows), so that
 * the main thread receives it in parts with requests served between.
 */
export async function runTask(task: Task): Promise<{ value: unknown; transfer: Transferable[]; split?: string }> {
  switch (task.kind) {
    case "check":
      return { value: await uploadReport(task.fileName, task.bytes), transfer: [] };
    case "stand": {
      const dataset = await readStandFile(task.file, task.stand);
      return { value: dataset, transfer: datasetBuffers(dataset), split: "rows" };
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

/** The error on the main thread again. */
export function deserializeError(error: SerializedError): Error {
  if (error.name === "DataSourceError") {
    return new DataSourceError(error.message, error.problems as DataSourceError["problems"], error.problemCount as number);
  }
  const restored = new Error(error.message);
  restored.name = error.name;
  return restored;
}
