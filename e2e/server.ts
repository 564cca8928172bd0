import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { expect } from "@playwright/test";

/** The port of the suite's own server (playwright.config.ts); extra servers use the ports above PORT + 1. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** A free port from `from` on (within 30 ports). */
export async function freePortFrom(from: number): Promise<number> {
  for (let port = from; port < from + 30; port++) if (await isFree(port)) return port;
  throw new Error(`no free port in ${from}–${from + 29}`);
}

export interface ExtraServer {
  base: string;
  stop(): void;
}

/** The production build on another data folder or environment (e.g. NEWS_TODAY), started for one spec. */
export async function startServer(env: Record<string, string>, from: number = E2E_PORT + 2): Promise<ExtraServer> {
  const port = await freePortFrom(from);
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  await expect
    .poll(async () => fetch(`${base}/impressum`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [250] })
    .toBe(200);
  return { base, stop: () => void server.kill("SIGTERM") };
}
