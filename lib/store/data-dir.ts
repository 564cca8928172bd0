/**
 * Where the data lives: DATA_DIR (default ./data) with published Stände in uebersicht/.
 * Only lib/ reads this folder.
 */
import path from "node:path";

export const STAND_FILE_RE = /^(\d{4}-\d{2}-\d{2})\.csv$/;

// The data folder is chosen at run time (DATA_DIR); the bundler must not trace or bundle it.
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), "data"));
}

export function uebersichtDir(root: string = dataDir()): string {
  return path.join(/*turbopackIgnore: true*/ root, "uebersicht");
}

export function standFile(stand: string, root: string = dataDir()): string {
  return path.join(/*turbopackIgnore: true*/ uebersichtDir(root), `${stand}.csv`);
}
