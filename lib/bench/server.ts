/**
 * A production server (`next start`) of this checkout on a loopback port, for the benchmarks:
 * started with its own DATA_DIR, timed from process start to the first answered `/` (the cold
 * start: Next's boot plus reading and indexing the Stand), stopped by its own PID.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const HOST = "127.0.0.1";

export interface BenchServer {
  base: string;
  child: ChildProcess;
  /** Milliseconds from spawning the process to the first `/` answered with 200. */
  coldStartMs: number;
  /** Of those, until the port accepts connections (Node's and Next's own boot). */
  listenMs: number;
  stop(): Promise<void>;
}

export function hasProductionBuild(): boolean {
  return existsSync(path.join(".next", "BUILD_ID"));
}

export function spawnServer(port: number, dataDir: string): ChildProcess {
  // Not npx: one PID owns the server, so it can be stopped by that PID.
  return spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", HOST], {
    env: { ...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Polls `ready` every `everyMs` until it holds; throws when the process ends or after `timeoutMs`. */
async function pollUntil(ready: () => Promise<boolean>, child: ChildProcess, everyMs: number, failure: string, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start endete mit ${child.exitCode}`);
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(failure);
}

/** Polls `path` until it answers 200; throws when the process ends or after `timeoutMs`. */
export function waitForAnswer(base: string, child: ChildProcess, urlPath = "/", timeoutMs = 120_000): Promise<void> {
  const answers = () =>
    fetch(`${base}${urlPath}`).then(
      async (r) => {
        await r.arrayBuffer();
        return r.ok;
      },
      () => false,
    );
  return pollUntil(answers, child, 20, `Der Server unter ${base} antwortet nicht.`, timeoutMs);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, HOST, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** Starts the server and waits for its first `/`, measuring the cold start (and its boot part). */
export async function startBenchServer(port: number, dataDir: string): Promise<BenchServer> {
  const started = performance.now();
  const child = spawnServer(port, dataDir);
  const base = `http://${HOST}:${port}`;
  let listenMs: number;
  try {
    await pollUntil(() => accepts(port), child, 5, `Der Server auf Port ${port} nimmt keine Verbindung an.`);
    listenMs = performance.now() - started;
    await waitForAnswer(base, child);
  } catch (error) {
    await stopServer(child);
    throw error;
  }
  return { base, child, coldStartMs: performance.now() - started, listenMs, stop: () => stopServer(child) };
}
