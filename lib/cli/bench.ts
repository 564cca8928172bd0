/**
 * npm run bench: generates 100,000 and 1,000,000 rows in the contract's format from the
 * sample (once, into bench-data/), then measures each size in a fresh process: load time,
 * resident memory, queries with run() and the naive approach (median and p95), and the
 * streamed export. Prints a Markdown report and writes bench-data/results.json.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { generateRows } from "../bench/generate";
import { writeGeneratedDataDir } from "../bench/write-data-dir";
import { getDataset, listStaende } from "../store/repository";
import { parseArgs } from "./args";
import { allRows } from "../dataset/rows";

const SIZES = [100_000, 1_000_000];

async function ensureDataSet(rows: number, sampleDir: string): Promise<string> {
  const dir = path.resolve("bench-data", `generated-${rows}`);
  const staende = await listStaende(sampleDir);
  const stand = staende[staende.length - 1];
  const file = path.join(dir, "uebersicht", `${stand}.csv`);
  if (!existsSync(file)) {
    const templates = [...allRows(await getDataset(stand, sampleDir))];
    process.stderr.write(`Erzeuge ${rows} Zeilen aus ${templates.length} Vorlagen → ${file}\n`);
    await writeGeneratedDataDir(dir, stand, generateRows(templates, rows, 1), rows);
  }
  return file;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

async function main() {
  const { flags } = parseArgs(process.argv.slice(2), ["sizes", "runs", "naive-runs"]);
  const sizes = flags.has("sizes") ? String(flags.get("sizes")).split(",").map(Number) : SIZES;
  const runs = Number(flags.get("runs") ?? 30);
  const naiveRuns = Number(flags.get("naive-runs") ?? 5);
  const sampleDir = path.resolve("data");
  const results = [];
  for (const size of sizes) {
    const file = await ensureDataSet(size, sampleDir);
    process.stderr.write(`Messe ${size} Zeilen …\n`);
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", "lib/bench/run-size.ts", file, String(runs), String(naiveRuns)],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
    );
    results.push(JSON.parse(out));
  }
  await writeFile(path.resolve("bench-data", "results.json"), JSON.stringify(results, null, 2));

  const lines = [`Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${runs} Läufe je Abfrage, naiv ${naiveRuns})`, ""];
  lines.push("| rows | load | resident (settled) | peak while loading | export: first chunk / total / size |", "|---:|---:|---:|---:|---|");
  for (const r of results) {
    lines.push(
      `| ${r.rows.toLocaleString("en")} | ${(r.loadMs / 1000).toFixed(2)} s | ${r.rssLoadedMb} MB | ${r.rssPeakMb} MB | ${fmt(r.export.firstChunkMs)} ms / ${(r.export.totalMs / 1000).toFixed(2)} s / ${r.export.megabytes} MB |`,
    );
  }
  lines.push("", "| rows | query | matches | first run | run() median | run() p95 | naive median | naive / run() |", "|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    for (const q of r.queries) {
      lines.push(
        `| ${r.rows.toLocaleString("en")} | ${q.name} | ${q.total.toLocaleString("en")} | ${fmt(q.coldMs)} ms | ${fmt(q.indexed.medianMs)} ms | ${fmt(q.indexed.p95Ms)} ms | ${fmt(q.naive.medianMs)} ms | ${Math.round(q.ratio)}× |`,
      );
    }
  }
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
