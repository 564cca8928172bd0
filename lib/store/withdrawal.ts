/**
 * Withdrawing and restoring a published Stand, and taking over a file copied in by hand: the
 * registry's change (on record), then the public view is read again here and in every other
 * instance.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { dialectOf } from "../db/open";
import type { Db } from "../db/schema";
import { dataDir, standFile } from "./data-dir";
import { fileErrorReason } from "./errors";
import { prepareUpload } from "./release";
import { type RestoreOutcome, type WithdrawOutcome, getStandEntry, registerStand, restoreStand, withdrawStand } from "./registry";
import { notifyRegistryChanged } from "./registry-events";
import { invalidateRegistry } from "./registry-view";

export const WITHDRAW_MESSAGES: Record<WithdrawOutcome, string> = {
  withdrawn: "Der Stand ist zurückgezogen und auf keiner öffentlichen Seite mehr zu sehen.",
  "not-found": "Diesen Stand gibt es nicht.",
  "already-withdrawn": "Dieser Stand ist bereits zurückgezogen.",
};

export const RESTORE_MESSAGES: Record<RestoreOutcome, string> = {
  restored: "Der Stand ist wiederhergestellt und wieder öffentlich.",
  "not-found": "Diesen Stand gibt es nicht.",
  "not-withdrawn": "Dieser Stand ist nicht zurückgezogen.",
};

export const MAX_REASON_LENGTH = 1000;

/** The German problem with a withdrawal reason, or null. */
export function reasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (!trimmed) return "Bitte geben Sie einen Grund für den Rückzug an (er steht im Protokoll).";
  if ([...trimmed].length > MAX_REASON_LENGTH) return `Der Grund darf höchstens ${MAX_REASON_LENGTH} Zeichen lang sein.`;
  return null;
}

async function changed(db: Db): Promise<void> {
  invalidateRegistry();
  await notifyRegistryChanged(db);
}

export async function withdraw(db: Db, input: { stand: string; reason: string; actor: string }): Promise<WithdrawOutcome> {
  const outcome = await withdrawStand(db, input);
  if (outcome === "withdrawn") await changed(db);
  return outcome;
}

export async function restore(db: Db, input: { stand: string; actor: string }): Promise<RestoreOutcome> {
  const outcome = await restoreStand(db, input);
  if (outcome === "restored") await changed(db);
  return outcome;
}

export type AcceptOutcome = { ok: true; rows: number; sha256: string } | { ok: false; message: string };

/**
 * Records a Stand file that is in the data folder without a record (copied in by hand), after
 * checking it like an upload: only a valid file is taken over.
 */
export async function acceptStandFile(db: Db, input: { stand: string; actor: string; via: string }, root: string = dataDir()): Promise<AcceptOutcome> {
  if (await getStandEntry(db, input.stand)) return { ok: false, message: `Der Stand ${input.stand} ist bereits verzeichnet.` };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(/*turbopackIgnore: true*/ standFile(input.stand, root));
  } catch (error) {
    return { ok: false, message: `Die Datei des Stands ${input.stand} ${fileErrorReason(error)}.` };
  }
  const prepared = await prepareUpload(`${input.stand}.csv`, bytes, input.stand);
  if (prepared === "busy") return { ok: false, message: "Gerade werden viele Dateien geprüft; bitte in einer Minute erneut versuchen." };
  if (!prepared.publishable) {
    const errors = prepared.check.ok ? prepared.check.report.errors.length : 0;
    return { ok: false, message: `Die Datei des Stands ${input.stand} ist fehlerhaft${errors ? ` (${errors} Fehler)` : ""} und wird nicht übernommen. Bitte mit „npm run validate“ prüfen.` };
  }
  // A CSV Stand is published as it is: the SHA-256 on record is that of the file's own bytes.
  const { sha256 } = prepared.publishable;
  const outcome = await registerStand(db, {
    stand: input.stand,
    sha256,
    rows: prepared.publishable.rows,
    fileName: `${input.stand}.csv`,
    actor: input.actor,
    ...(dialectOf(db) === "postgres" ? { bytes: Buffer.from(bytes) } : {}),
    details: { uebernommen: true, via: input.via },
  });
  if (outcome.status === "exists") return { ok: false, message: `Der Stand ${input.stand} ist bereits verzeichnet.` };
  await changed(db);
  return { ok: true, rows: prepared.publishable.rows, sha256 };
}
