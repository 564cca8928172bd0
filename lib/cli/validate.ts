/** npm run validate -- FILE [--json]: checks an overview (CSV or .xlsx) without publishing it. */
import { readFile } from "node:fs/promises";
import { escapeForTerminal } from "../cell-checks";
import { readOverviewFile } from "../overview/read-file";
import { formatReport, jsonForTerminal, reportJson, validationReport } from "../overview/report";
import { EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, parseArgs, runCli } from "./args";

async function main(): Promise<number> {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const json = flags.has("json");
  const file = positional[0];
  if (!file) {
    console.error("Aufruf: npm run validate -- DATEI.csv|DATEI.xlsx [--json]");
    return EXIT_UNREADABLE;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const message = `Die Datei ${file} kann nicht gelesen werden (${(error as NodeJS.ErrnoException).code ?? "Fehler"}).`;
    if (json) console.log(jsonForTerminal({ file, rows: 0, errors: [{ row: null, line: null, column: null, value: null, message }], warnings: [] }));
    else console.error(escapeForTerminal(message));
    return EXIT_UNREADABLE;
  }
  const result = await readOverviewFile(bytes);
  const report = validationReport(file, result);
  console.log(json ? jsonForTerminal(reportJson(report)) : formatReport(report));
  if (result.unreadable) return EXIT_UNREADABLE;
  return result.errors.length === 0 ? EXIT_OK : EXIT_INVALID;
}

runCli(main);
