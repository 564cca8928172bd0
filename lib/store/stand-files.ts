/** The Stand files in the data folder (uebersicht/JJJJ-MM-TT.csv), as names, oldest first. */
import "server-only";
import { readdir } from "node:fs/promises";
import { isIsoDate } from "../iso-date";
import { STAND_FILE_RE, uebersichtDir } from "./data-dir";
import { DataSourceError, fileErrorReason } from "./errors";
import { logOnce } from "./log-once";

export const NO_STAND_MESSAGE = "Im Datenordner (DATA_DIR) ist noch kein Stand veröffentlicht (Dateien uebersicht/JJJJ-MM-TT.csv).";

/** Every Stand file's date, whether registered or not; throws when the folder cannot be read or holds none. */
export async function listStandFiles(root: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(/*turbopackIgnore: true*/ uebersichtDir(root));
  } catch (error) {
    // The reason, not the path: the message reaches pages and the API; the log has the path.
    logOnce(`Datenordner ${uebersichtDir(root)}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    throw new DataSourceError(`Der Ordner „uebersicht“ im Datenordner (DATA_DIR) ${fileErrorReason(error)}. Bitte DATA_DIR prüfen.`);
  }
  const staende = names.flatMap((n) => STAND_FILE_RE.exec(n)?.[1] ?? []).sort();
  const badName = staende.find((stand) => !isIsoDate(stand));
  if (badName) {
    throw new DataSourceError(`Die Datei uebersicht/${badName}.csv hat kein gültiges Datum im Namen (JJJJ-MM-TT). Bitte umbenennen.`);
  }
  if (staende.length === 0) throw new DataSourceError(NO_STAND_MESSAGE);
  return staende;
}
