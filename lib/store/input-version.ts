/**
 * What an answer built from the data folder depends on, cheaply: names, sizes and modification
 * times of the files (a few stat() calls, nothing is read or parsed). Feeds, the calendar and the
 * DCAT metadata hash this into their ETag before building anything.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { dataDir, standFile, uebersichtDir } from "./data-dir";
import { METADATA_FILE } from "./metadata";
import { listStaende } from "./repository";

export interface InputVersion {
  /** One text per input, e.g. "stand 2022-10-28 34512 1667000000000". */
  parts: string[];
  /** The newest modification time among the inputs (ms), 0 when none. */
  lastModifiedMs: number;
}

/** Identity of one file or folder; a missing one counts too (its appearance is a change). */
async function identity(label: string, file: string): Promise<{ part: string; mtimeMs: number }> {
  const info = await stat(file).catch(() => null);
  if (!info) return { part: `${label} missing`, mtimeMs: 0 };
  return { part: `${label} ${info.size} ${info.mtimeMs}`, mtimeMs: info.mtimeMs };
}

function version(entries: { part: string; mtimeMs: number }[]): InputVersion {
  return { parts: entries.map((e) => e.part), lastModifiedMs: Math.max(0, ...entries.map((e) => e.mtimeMs)) };
}

export function combineVersions(...versions: InputVersion[]): InputVersion {
  return { parts: versions.flatMap((v) => v.parts), lastModifiedMs: Math.max(0, ...versions.map((v) => v.lastModifiedMs)) };
}

/**
 * The published Stände (oldest first) and their identity. The folder's own mtime is included:
 * removing a file changes it, so Last-Modified never moves backwards when a Stand disappears.
 * Throws DataSourceError like listStaende.
 */
export async function staendeVersion(root: string = dataDir()): Promise<{ staende: string[]; version: InputVersion }> {
  const staende = await listStaende(root);
  const entries = await Promise.all([
    identity("uebersicht/", uebersichtDir(root)),
    ...staende.map((stand) => identity(`stand ${stand}`, standFile(stand, root))),
  ]);
  return { staende, version: version(entries) };
}

/** metadata.json (publisher, contact, licence). */
export async function metadataVersion(root: string = dataDir()): Promise<InputVersion> {
  return version([await identity(METADATA_FILE, path.join(/*turbopackIgnore: true*/ root, METADATA_FILE))]);
}
