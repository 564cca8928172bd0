/**
 * The process's worker pool and the one call that uses it. Next bundles pages and route
 * handlers separately; the pool is kept on globalThis so that all of them share it (and its bound).
 *
 * How the worker script is found: `new Worker(new URL("../worker-tasks/task.worker.ts",
 * import.meta.url))` is the pattern Turbopack recognises: `next build` bundles the script (with
 * our TypeScript lib code) as a worker chunk and rewrites the call to start it. Under vitest and
 * tsx (CLIs) the URL is the .ts file itself, which Node 20 cannot load alone: those workers get
 * tsx's require hook. The script is named by URL, not imported: lib/worker-tasks sits above the
 * folders that call runTask.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { processShared } from "../process-shared";
import { type Priority, WorkerPool, WorkerUnavailableError } from "./pool";

/** Waiting upload checks beyond the running ones; more are refused (PoolBusyError). */
export const MAX_QUEUED_CHECKS = 4;
/** A job that takes longer is given up (its worker is terminated). */
export const TASK_TIMEOUT_MS = 120_000;

/** One worker per core beyond the one answering requests; at least 1, at most 2. */
export function poolSize(cores: number = availableParallelism()): number {
  return Math.min(2, Math.max(1, cores - 1));
}

function execArgv(): string[] | undefined {
  // In the Next build the worker chunk is plain JavaScript; elsewhere it is TypeScript.
  if (process.env.NEXT_RUNTIME) return undefined;
  return ["--require", createRequire(import.meta.url).resolve("tsx/cjs")];
}

function spawn(): Worker {
  return new Worker(new URL("../worker-tasks/task.worker.ts", import.meta.url), {
    execArgv: execArgv(),
    name: "ozg-task",
    // A runaway job ends its worker with ERR_WORKER_OUT_OF_MEMORY instead of the server.
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
}

export function workerPool(): WorkerPool {
  return processShared(
    "worker-pool",
    () => new WorkerPool({ spawn, size: poolSize(), maxQueued: MAX_QUEUED_CHECKS, timeoutMs: TASK_TIMEOUT_MS, idleMs: 30_000 }),
  );
}

let warnedInProcess = false;

export interface TaskOptions<T> {
  /** "high" for a Stand a page waits for: ahead of every waiting check, never refused. */
  priority?: Priority;
  /** Buffers moved to the worker (not copied), e.g. the bytes of an upload. */
  transfer?: ArrayBuffer[];
  /** The same job on this thread: used only when no worker can be started at all. */
  inProcess: () => Promise<T>;
}

/**
 * Runs a task of lib/worker-tasks/tasks.ts in a worker thread. Rejects with PoolBusyError when
 * the queue is full, WorkerFailedError when the worker died or took too long, and TaskError
 * (the serialised error) when the task itself threw. Only when no worker can be started at all
 * does the task run here, with a warning in the server log.
 */
export async function runTask<T>(task: { kind: string } & Record<string, unknown>, options: TaskOptions<T>): Promise<T> {
  try {
    return (await workerPool().run(task, { priority: options.priority ?? "normal", transfer: options.transfer ?? [] })) as T;
  } catch (error) {
    if (!(error instanceof WorkerUnavailableError)) throw error;
    if (!warnedInProcess) {
      warnedInProcess = true;
      console.warn(`Worker-Threads sind nicht verfügbar; Prüfungen laufen im Server-Thread. (${error.message})`);
    }
    return options.inProcess();
  }
}
