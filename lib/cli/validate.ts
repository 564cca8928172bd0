/** npm run validate -- FILE [--json]: checks an overview CSV without publishing it. */
import { readFile } from "node:fs/promises";
import { readOverview } from "../overview/read";
import { formatReport, validationReport } from "../overview/report";
import { EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, parseArgs, runCli } from "./args";

async function main(): Promise<number> {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const json = flags.has("json");
  const file = positional[0];
  if (!file) {
    console.error("Aufruf: npm run validate -- DATEI.csv [--json]");
    return EXIT_UNREADABLE;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const message = `Die Datei ${file} kann nicht gelesen werden (${(error as NodeJS.ErrnoException).code ?? "Fehler"}).`;
    if (json) console.log(JSON.stringify({ file, rows: 0, errors: [{ line: null, column: null, value: null, message }], warnings: [] }));
    else console.error(message);
    return EXIT_UNREADABLE;
  }
  const result = readOverview(bytes);
  const report = validationReport(file, result);
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (result.unreadable) return EXIT_UNREADABLE;
  return result.errors.length === 0 ? EXIT_OK : EXIT_INVALID;
}

runCli(main);
