/**
 * npm run generate -- --rows 100000 --out bench-data/100k [--from DATA_DIR] [--seed 1]
 * Writes a data folder with one generated Stand (and metadata marking it as generated sample
 * data) that DATA_DIR can point at.
 */
import path from "node:path";
import { generateRows } from "../bench/generate";
import { writeGeneratedDataDir } from "../bench/write-data-dir";
import { getDataset, listStaende } from "../store/repository";
import { parseArgs } from "./args";
import { allRows } from "../dataset/rows";

async function main(): Promise<number> {
  const { flags } = parseArgs(process.argv.slice(2), ["rows", "out", "from", "seed"]);
  const rows = Number(flags.get("rows") ?? 100_000);
  const out = String(flags.get("out") ?? `bench-data/generated-${rows}`);
  const from = path.resolve(String(flags.get("from") ?? "data"));
  const seed = Number(flags.get("seed") ?? 1);
  if (!Number.isInteger(rows) || rows < 1) {
    console.error("--rows muss eine ganze Zahl ab 1 sein.");
    return 2;
  }
  const staende = await listStaende(from);
  const stand = staende[staende.length - 1];
  const templates = [...allRows(await getDataset(stand, from))];
  await writeGeneratedDataDir(out, stand, generateRows(templates, rows, seed), rows);
  console.log(`${rows} Zeilen aus ${templates.length} Vorlagen (${from}, Stand ${stand}) → ${out}`);
  return 0;
}

main().then((code) => process.exit(code));
