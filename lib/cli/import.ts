/**
 * npm run import -- FILE [--stand YYYY-MM-DD]: validates the file (CSV or .xlsx) and, only when it is valid,
 * publishes it as a new Stand in DATA_DIR (default: today's date). Never overwrites a Stand.
 */
import { readFile } from "node:fs/promises";
import { publishStand } from "../store/publish";
import { formatReport, validationReport } from "../overview/report";
import { dataDir } from "../store/data-dir";
import { EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, parseArgs, runCli } from "./args";

/** Today in Germany, as YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());
}

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
  const outcome = await publishStand(bytes, stand ?? today(), dataDir());
  if (outcome.result) console.log(formatReport(validationReport(file, outcome.result)));
  switch (outcome.status) {
    case "published":
      console.log(`Veröffentlicht als Stand ${outcome.stand}: ${outcome.file}`);
      return EXIT_OK;
    case "invalid":
      console.error("Nichts veröffentlicht: Die Datei enthält Fehler. Der Datenordner ist unverändert.");
      return outcome.result.unreadable ? EXIT_UNREADABLE : EXIT_INVALID;
    case "refused":
      console.error(`Nichts veröffentlicht: ${outcome.message}`);
      return EXIT_INVALID;
  }
}

runCli(main);
