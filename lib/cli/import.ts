/**
 * npm run import -- FILE [--stand YYYY-MM-DD]: validates the file (CSV or .xlsx) and, only when it
 * is valid, publishes it as a new Stand in DATA_DIR (default: today's date), on record with its
 * SHA-256 and rows (the same path as the staff area: lib/store/release.ts). Never overwrites a Stand.
 */
import { readFile } from "node:fs/promises";
import { closeDatabase } from "../db/database";
import { formatReport, validationReport } from "../overview/report";
import { readOverviewFile } from "../overview/read-file";
import { dataDir } from "../store/data-dir";
import { releaseUpload } from "../store/release";
import { berlinToday } from "../berlin-time";
import { EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, parseArgs, runCli } from "./args";
import { CLI_ACTOR } from "./actor";

async function main(): Promise<number> {
  const { positional, flags } = parseArgs(process.argv.slice(2), ["stand"]);
  const file = positional[0];
  const stand = flags.get("stand");
  if (!file || stand === true) {
    console.error("Aufruf: npm run import -- DATEI.csv|DATEI.xlsx [--stand JJJJ-MM-TT]");
    return EXIT_UNREADABLE;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    console.error(`Die Datei ${file} kann nicht gelesen werden (${(error as NodeJS.ErrnoException).code ?? "Fehler"}).`);
    return EXIT_UNREADABLE;
  }
  // The full report first (the release's own check shows at most 500 problems).
  const result = await readOverviewFile(bytes);
  console.log(formatReport(validationReport(file, result)));
  if (result.errors.length > 0) {
    console.error("Nichts veröffentlicht: Die Datei enthält Fehler. Der Datenordner ist unverändert.");
    return result.unreadable ? EXIT_UNREADABLE : EXIT_INVALID;
  }
  try {
    const outcome = await releaseUpload({ fileName: file, bytes, stand: stand ?? berlinToday(), actor: CLI_ACTOR, root: dataDir() });
    switch (outcome.status) {
      case "published":
        console.log(
          `Veröffentlicht als Stand ${outcome.stand}: ${outcome.rows} Leistungen, SHA-256 ${outcome.sha256}` +
            (outcome.against ? ` (gegenüber ${outcome.against}: ${outcome.changes.added} neu, ${outcome.changes.removed} entfallen, ${outcome.changes.changed} geändert)` : ""),
        );
        return EXIT_OK;
      case "invalid":
        console.error("Nichts veröffentlicht: Die Datei enthält Fehler. Der Datenordner ist unverändert.");
        return EXIT_INVALID;
      case "exists":
      case "refused":
        console.error(`Nichts veröffentlicht: ${outcome.message}`);
        return EXIT_INVALID;
      case "unavailable":
        console.error(outcome.message);
        return EXIT_UNREADABLE;
    }
  } finally {
    await closeDatabase();
  }
}

runCli(main);
