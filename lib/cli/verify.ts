/**
 * npm run verify [-- --accept STAND]: compares every Stand file in DATA_DIR with its record
 * (SHA-256), and takes over a file copied in by hand once it has been checked (--accept). Exit
 * code 0 when every file matches its record (withdrawn ones included), 1 when a file is not on
 * record, differs from it or is missing, 2 when the data folder or the database cannot be used.
 */
import { closeDatabase, getDatabase } from "../db/database";
import { dataDir } from "../store/data-dir";
import { DataSourceError } from "../store/errors";
import { type StandStatus, standStates } from "../store/repository";
import { acceptStandFile } from "../store/withdrawal";
import { isIsoDate } from "../iso-date";
import { CLI_ACTOR } from "./actor";
import { EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, parseArgs, runCli } from "./args";

const USAGE = "Aufruf: npm run verify [-- --accept JJJJ-MM-TT]";

const LABELS: Record<StandStatus["state"], string> = {
  ok: "in Ordnung",
  withdrawn: "zurückgezogen (in Ordnung, nicht öffentlich)",
  unregistered: "nicht verzeichnet: von Hand abgelegt; nach Prüfung übernehmen mit --accept",
  mismatch: "VERÄNDERT: die Datei stimmt nicht mit ihrer Veröffentlichung überein; bitte die veröffentlichte Datei wiederherstellen",
  missing: "FEHLT: verzeichnet, aber die Datei ist nicht im Datenordner",
};

async function main(): Promise<number> {
  const { flags, positional } = parseArgs(process.argv.slice(2), ["accept"]);
  const accept = flags.get("accept");
  if (accept === true || positional.length > 0 || (typeof accept === "string" && !isIsoDate(accept))) {
    console.error(USAGE);
    return EXIT_UNREADABLE;
  }
  try {
    const db = await getDatabase();
    const root = dataDir();
    if (typeof accept === "string") {
      const outcome = await acceptStandFile(db, { stand: accept, actor: CLI_ACTOR, via: "npm run verify" }, root);
      if (!outcome.ok) {
        console.error(`Nicht übernommen: ${outcome.message}`);
        return EXIT_INVALID;
      }
      console.log(`Übernommen: Stand ${accept}, ${outcome.rows} Leistungen, SHA-256 ${outcome.sha256}`);
    }
    const states = await standStates(root);
    for (const s of states) console.log(`${s.stand}: ${LABELS[s.state]}`);
    const bad = states.filter((s) => s.state === "unregistered" || s.state === "mismatch" || s.state === "missing");
    console.log(bad.length === 0 ? "Alle Stände stimmen mit ihrem Eintrag überein." : `${bad.length} von ${states.length} Ständen brauchen Aufmerksamkeit.`);
    return bad.length === 0 ? EXIT_OK : EXIT_INVALID;
  } catch (error) {
    console.error(error instanceof DataSourceError ? error.message : `Die Datenbank ist nicht erreichbar (${(error as Error).message}).`);
    return EXIT_UNREADABLE;
  } finally {
    await closeDatabase();
  }
}

runCli(main);
