/**
 * Publishing an uploaded file as a new Stand, the one path for the staff area, the API and
 * `npm run import`: check it off the request thread (lib/store/prepare.ts), write it atomically
 * (publish.ts), put it on record with its SHA-256, rows and changes (registry.ts), and make it
 * current at once (the registry view is read again). Nothing is left half-done: a file whose
 * record cannot be written is removed again.
 */
import "server-only";
import { unlink } from "node:fs/promises";
import { getDatabase } from "../db/database";
import { dialectOf } from "../db/open";
import type { Db } from "../db/schema";
import { isIsoDate } from "../iso-date";
import { BUSY_MESSAGE, BUSY_RETRY_AFTER_SECONDS } from "../overview/check-upload";
import type { UploadCheck } from "../overview/upload-report";
import { PoolBusyError } from "../workers/pool";
import { runTask } from "../workers/run-task";
import { dataDir, standFile } from "./data-dir";
import { DataSourceError } from "./errors";
import { type ChangeCounts, type PreparedStand, prepareStand } from "./prepare";
import { writeSnapshotFile } from "./snapshot-file";
import { existingStandMessage, invalidStandMessage, writeStandFile } from "./publish";
import { getStandEntry, registerStand } from "./registry";
import { notifyRegistryChanged } from "./registry-events";
import { invalidateRegistry } from "./registry-view";
import { standStates } from "./repository";

export type { ChangeCounts } from "./prepare";

export type ReleaseOutcome =
  | { status: "published"; stand: string; rows: number; sha256: string; changes: ChangeCounts; against: string | null; check: UploadCheck }
  | { status: "invalid"; check: UploadCheck }
  | { status: "exists"; message: string }
  | { status: "refused"; message: string; retryAfterSeconds?: number }
  | { status: "unavailable"; message: string };

export const DATABASE_DOWN_MESSAGE = "Nichts veröffentlicht: Die Datenbank antwortet nicht. Bitte später erneut versuchen.";

export interface ReleaseInput {
  fileName: string;
  bytes: Uint8Array;
  stand: string;
  /** Who publishes, for the record: an e-mail address or „Kommandozeile“. */
  actor: string;
  root?: string;
}

/**
 * The report, and what publishing needs, of an upload (in a worker thread when there is one),
 * with its changes against the current Stand of `root`.
 */
export async function prepareUpload(
  fileName: string,
  bytes: Uint8Array,
  stand: string,
  root: string = dataDir(),
  detail: "counts" | "full" = "counts",
): Promise<PreparedStand | "busy"> {
  // A copy moves to the worker: the caller may still need its bytes (drafts keep them).
  const copy = new Uint8Array(bytes); // a real copy (Buffer#slice would share the memory)
  const current = await currentStand(root);
  const against = current ? { file: standFile(current, root), stand: current } : null;
  try {
    return await runTask<PreparedStand>(
      { kind: "prepare", fileName, bytes: copy, stand, against, detail },
      { transfer: [copy.buffer], inProcess: () => prepareStand(fileName, bytes, stand, against, detail) },
    );
  } catch (error) {
    if (error instanceof PoolBusyError) return "busy";
    throw error;
  }
}

/** The newest Stand the public pages show, or null (none yet, or the data folder is empty). */
export async function currentStand(root: string = dataDir()): Promise<string | null> {
  try {
    const served = (await standStates(root)).filter((s) => s.served);
    return served.length > 0 ? served[served.length - 1].stand : null;
  } catch (error) {
    if (error instanceof DataSourceError) return null;
    throw error;
  }
}

/** Whether a Stand date is taken: published (also withdrawn) or its file is in the data folder. */
export async function standTaken(stand: string, root: string = dataDir(), db?: Db): Promise<boolean> {
  const states = await standStates(root).catch(() => []);
  if (states.some((s) => s.stand === stand)) return true;
  return db ? (await getStandEntry(db, stand)) !== undefined : false;
}

export async function releaseUpload(input: ReleaseInput): Promise<ReleaseOutcome> {
  const root = input.root ?? dataDir();
  if (!isIsoDate(input.stand)) return { status: "refused", message: invalidStandMessage(input.stand) };
  let db: Db;
  try {
    db = await getDatabase();
  } catch (error) {
    console.error(`Veröffentlichen: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { status: "unavailable", message: DATABASE_DOWN_MESSAGE };
  }
  // Reading the Stände also takes over the files already there before the first record (registry-view.ts).
  if (await standTaken(input.stand, root, db)) return { status: "exists", message: existingStandMessage(input.stand) };
  const prepared = await prepareUpload(input.fileName, input.bytes, input.stand, root);
  if (prepared === "busy") return { status: "refused", message: BUSY_MESSAGE, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS };
  if (!prepared.publishable) return { status: "invalid", check: prepared.check };
  const { csv, sha256, rows, changes, against: current } = prepared.publishable;

  const written = await writeStandFile(csv, input.stand, root);
  if (written.status === "exists") return { status: "exists", message: existingStandMessage(input.stand) };
  // The snapshot before the record: once the Stand is current, it loads in milliseconds.
  if (prepared.publishable.snapshot) {
    await writeSnapshotFile(written.file, prepared.publishable.snapshot).catch((error: unknown) => console.error(`Stand ${input.stand}: Index nicht geschrieben (${(error as Error).message})`));
  }
  try {
    const registered = await registerStand(db, {
      stand: input.stand,
      sha256,
      rows,
      fileName: input.fileName,
      actor: input.actor,
      // Where instances share no disk, the database holds the file too (docs/betrieb.md).
      ...(dialectOf(db) === "postgres" ? { bytes: Buffer.from(csv) } : {}),
      details: { ...changes, against: current },
    });
    if (registered.status === "exists") {
      await unlink(written.file).catch(() => undefined);
      return { status: "exists", message: existingStandMessage(input.stand) };
    }
  } catch (error) {
    await unlink(written.file).catch(() => undefined);
    console.error(`Veröffentlichen: Eintrag ins Register fehlgeschlagen (${(error as Error).message})`);
    return { status: "unavailable", message: DATABASE_DOWN_MESSAGE };
  }
  invalidateRegistry();
  await notifyRegistryChanged(db);
  return { status: "published", stand: input.stand, rows, sha256, changes, against: current, check: prepared.check };
}
