/**
 * npm run load [-- --duration 10 --connections 8 --port 3390]
 * Load figures of the production build on loopback: requests/s, p50 and p99 of `/`,
 * `/api/leistungen` and `/api/export`, on the sample and on 100,000 generated rows, each alone
 * and while 25 MB files are checked one after another in parallel. Starts its own servers
 * (`next start`, 127.0.0.1 only) and stops them; needs `npm run build` first. Bounded: each
 * measurement runs `duration` seconds with `connections` connections (at most 60 s and 32).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { generatedCsvUnder } from "../bench/generated-csv";
import { generateRows } from "../bench/generate";
import { postUpload, uploadFormFields } from "../bench/upload-form";
import { writeGeneratedDataDir } from "../bench/write-data-dir";
import { MAX_UPLOAD_BYTES } from "../overview/check-upload-size";
import { readOverview } from "../overview/read";
import { workerPool } from "../workers/run-task";
import { parseArgs, runCli } from "./args";

const HOST = "127.0.0.1";
const ROUTES = ["/", "/api/leistungen", "/api/export"];

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

function bounded(value: string | true | undefined, fallback: number, max: number): number {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) && n >= 1 ? Math.min(max, Math.floor(n)) : fallback;
}

async function waitUntilUp(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start endete mit ${child.exitCode}`);
    const ok = await fetch(`${base}/impressum`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Der Server unter ${base} antwortet nicht.`);
}

function startServer(port: number, dataDir: string): ChildProcess {
  // Not npx: one PID owns the server, so it can be stopped by that PID.
  return spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", HOST], {
    env: { ...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function measure(url: string, duration: number, connections: number): Promise<Figures> {
  const result = await autocannon({ url, duration, connections, timeout: 30 });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** 25 MB checks one after another until stopped; how many and how long each took. */
function checksInParallel(base: string, bytes: Buffer, rows: number) {
  let stop = false;
  const times: number[] = [];
  let busy = 0;
  const running = (async () => {
    const fields = await uploadFormFields(base);
    while (!stop) {
      const answer = await postUpload(base, fields, "last.csv", bytes);
      if (answer.status === 503) busy++;
      else if (answer.status === 200 && answer.html.includes(`&quot;rows&quot;:${rows},`)) times.push(answer.ms);
      else throw new Error(`Datei prüfen antwortete ${answer.status} ohne Prüfbericht`);
    }
  })();
  return {
    async end() {
      stop = true;
      await running;
      return { checks: times.length, busy, medianMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0 };
    },
  };
}

const fmt = (n: number) => n.toLocaleString("de-DE", { maximumFractionDigits: 0 });

async function main(): Promise<number> {
  const { flags } = parseArgs(process.argv.slice(2), ["duration", "connections", "port"]);
  const duration = bounded(flags.get("duration"), 10, 60);
  const connections = bounded(flags.get("connections"), 8, 32);
  const port = bounded(flags.get("port"), 3390, 65_000);
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.error("Kein Produktions-Build gefunden: bitte zuerst „npm run build“.");
    return 2;
  }
  const big = path.join("bench-data", "load-100k");
  if (!existsSync(path.join(big, "uebersicht"))) {
    const templates = readOverview(readFileSync(path.join("data", "uebersicht", "2022-10-28.csv"))).rows;
    await writeGeneratedDataDir(big, "2022-10-28", generateRows(templates, 100_000), 100_000);
  }
  const { bytes: upload, rows: uploadRows } = generatedCsvUnder(MAX_UPLOAD_BYTES);

  // The main-thread cost of a 100,000-row Stand arriving from its worker (structured clone).
  const file = path.join(big, "uebersicht", "2022-10-28.csv");
  const started = performance.now();
  const received = await workerPool().runTimed({ kind: "stand", file, stand: "2022-10-28" }, { priority: "high" });
  const loadMs = performance.now() - started;
  await workerPool().close();

  const rows: string[] = [];
  for (const [label, dataDir] of [
    ["Beispiel (186 Zeilen)", "data"],
    ["100.000 erzeugte Zeilen", big],
  ] as const) {
    const server = startServer(port, dataDir);
    const base = `http://${HOST}:${port}`;
    try {
      await waitUntilUp(base, server);
      for (const route of ROUTES) await fetch(`${base}${route}`).then((r) => r.arrayBuffer()); // load the Stand, warm the route
      for (const route of ROUTES) {
        const alone = await measure(`${base}${route}`, duration, connections);
        const checks = checksInParallel(base, upload, uploadRows);
        const during = await measure(`${base}${route}`, duration, connections);
        const done = await checks.end();
        rows.push(
          `| ${label} | \`${route}\` | ${fmt(alone.requestsPerSecond)} | ${fmt(alone.p50)} | ${fmt(alone.p99)} | ` +
            `${fmt(during.requestsPerSecond)} | ${fmt(during.p50)} | ${fmt(during.p99)} | ${done.checks} (${fmt(done.medianMs)} ms; ${done.busy} abgewiesen) | ${alone.failed + during.failed} |`,
        );
        console.error(rows.at(-1));
      }
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  }

  console.log(`Lastmessung: ${duration} s je Messung, ${connections} Verbindungen, ${HOST}; parallel laufen Prüfungen einer Datei von ${fmt(upload.length / 1e6)} MB nacheinander.\n`);
  console.log("| Daten | Route | allein: Anfragen/s | p50 ms | p99 ms | mit Prüfung: Anfragen/s | p50 ms | p99 ms | Prüfungen (Median; abgewiesen) | Fehler |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log(
    `\nStand mit 100.000 Zeilen im Worker gelesen, geprüft und indiziert: ${fmt(loadMs)} ms; ` +
      `Empfang im Haupt-Thread (Deserialisieren) ${received.receiveMs.toLocaleString("de-DE", { maximumFractionDigits: 1 })} ms.`,
  );
  return 0;
}

runCli(main);
