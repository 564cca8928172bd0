/**
 * A small pool of worker threads with a bounded queue, so that heavy work (checking an upload,
 * loading a Stand) never runs on the thread that answers requests. Generic: what a worker does
 * is up to its script (see task.worker.ts); this module only schedules, times out and recovers.
 */
import { MessageChannel, type MessagePort, type Transferable, type Worker, receiveMessageOnPort } from "node:worker_threads";

/**
 * Next bundles pages and route handlers apart, so each has its own copy of these classes while
 * they share one pool (globalThis): an error is recognised by its name, not by its copy's class.
 */
function sameError(value: unknown, name: string): boolean {
  return value instanceof Error && value.name === name;
}

/** Every worker is busy and the queue is full: the caller should ask the user to try again later. */
export class PoolBusyError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return sameError(value, "PoolBusyError");
  }
  constructor() {
    super("All workers are busy and the queue is full.");
    this.name = "PoolBusyError";
  }
}

/** The worker died, ran out of memory or took too long; the job was given up. */
export class WorkerFailedError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return sameError(value, "WorkerFailedError");
  }
  constructor(
    readonly reason: "timeout" | "memory" | "crash",
    detail: string,
  ) {
    super(`Worker ${reason}: ${detail}`);
    this.name = "WorkerFailedError";
  }
}

/** The worker script cannot be started at all here; the caller may run the job in-process. */
export class WorkerUnavailableError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return sameError(value, "WorkerUnavailableError");
  }
  constructor(detail: string) {
    super(`Worker threads unavailable: ${detail}`);
    this.name = "WorkerUnavailableError";
  }
}

/** The task threw inside the worker; `error` is its serialised form (name, message, own fields). */
export class TaskError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return sameError(value, "TaskError");
  }
  constructor(readonly error: SerializedError) {
    super(error.message);
    this.name = "TaskError";
  }
}

export interface SerializedError {
  name: string;
  message: string;
  [field: string]: unknown;
}

/** What the main thread sends: the job id, the task, and the port for the answer. */
export interface JobMessage {
  id: number;
  task: unknown;
  port: MessagePort;
}

/** What the worker answers on the job's port. */
export type JobAnswer = { ok: true; value: unknown } | { ok: false; error: SerializedError };

export interface Received {
  value: unknown;
  /** Main-thread time of receiving (deserialising) the answer, in ms. */
  receiveMs: number;
}

export type Priority = "high" | "normal";

export interface PoolOptions {
  spawn: () => Worker;
  /** Workers running at most at once. */
  size: number;
  /** Jobs of normal priority that may wait; one more is refused with PoolBusyError. High priority jobs always queue. */
  maxQueued: number;
  /** A job running longer is given up and its worker terminated. */
  timeoutMs: number;
  /** An idle worker is terminated after this long (its memory goes back to the system). */
  idleMs: number;
  /** A worker whose script has not loaded after this long never will (default 30 s). */
  startTimeoutMs?: number;
}

export interface RunOptions {
  priority?: Priority;
  transfer?: readonly Transferable[];
  timeoutMs?: number;
}

interface Job {
  id: number;
  task: unknown;
  transfer: readonly Transferable[];
  priority: Priority;
  timeoutMs: number;
  resolve: (value: Received) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Set when the worker's script has loaded (its first message); a failure before means it never will. */
  online: boolean;
  job?: { job: Job; port: MessagePort; timer: NodeJS.Timeout };
  idleTimer?: NodeJS.Timeout;
}

export interface PoolStats {
  workers: number;
  busy: number;
  queued: number;
  /** Main-thread time of receiving the last answer (deserialising it), in ms. */
  lastReceiveMs: number;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private unavailable?: string;
  private lastReceiveMs = 0;

  constructor(private readonly options: PoolOptions) {}

  /** Runs a task in a worker; resolves with the worker's value and the main-thread receive time. */
  runTimed(task: unknown, options: RunOptions = {}): Promise<Received> {
    if (this.unavailable) return Promise.reject(new WorkerUnavailableError(this.unavailable));
    const priority = options.priority ?? "normal";
    if (priority === "normal" && this.waitingNormal() >= this.options.maxQueued) {
      return Promise.reject(new PoolBusyError());
    }
    return new Promise((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        task,
        transfer: options.transfer ?? [],
        priority,
        timeoutMs: options.timeoutMs ?? this.options.timeoutMs,
        resolve,
        reject,
      };
      // High priority (a page waits for a Stand) goes before every waiting upload check.
      if (priority === "high") {
        const firstNormal = this.queue.findIndex((j) => j.priority === "normal");
        this.queue.splice(firstNormal === -1 ? this.queue.length : firstNormal, 0, job);
      } else {
        this.queue.push(job);
      }
      this.pump();
    });
  }

  async run(task: unknown, options: RunOptions = {}): Promise<unknown> {
    return (await this.runTimed(task, options)).value;
  }

  stats(): PoolStats {
    let busy = 0;
    for (const slot of this.slots) if (slot.job) busy++;
    return { workers: this.slots.size, busy, queued: this.queue.length, lastReceiveMs: this.lastReceiveMs };
  }

  /** Terminates every worker; waiting jobs are rejected. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new WorkerFailedError("crash", "pool closed"));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new WorkerFailedError("crash", "pool closed"))));
  }

  /** Normal jobs that will have to wait: those queued beyond the workers free or starting for them. */
  private waitingNormal(): number {
    let free = this.options.size - this.slots.size;
    for (const slot of this.slots) if (!slot.job) free++;
    const high = this.queue.filter((job) => job.priority === "high").length;
    const normal = this.queue.length - high;
    return Math.max(0, normal - Math.max(0, free - high));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.online && !s.job);
      if (slot) {
        this.assign(slot, this.queue.shift()!);
        continue;
      }
      // A worker that is still starting takes the next job once it is ready.
      const starting = [...this.slots].filter((s) => !s.online).length;
      if (starting >= this.queue.length || this.slots.size >= this.options.size) return;
      try {
        this.start();
      } catch (error) {
        this.markUnavailable(error instanceof Error ? error.message : String(error));
        return;
      }
    }
  }

  private start(): Slot {
    const worker = this.options.spawn();
    const slot: Slot = { worker, online: false };
    this.slots.add(slot);
    // Jobs are handed over only once the script has loaded, so a worker that cannot start
    // leaves every job (and its transferable bytes) intact for the in-process fallback.
    const startMs = this.options.startTimeoutMs ?? 30_000;
    const startTimer = setTimeout(() => this.markUnavailable(`worker not ready after ${startMs} ms`), startMs);
    worker.on("message", (message: number | "ready") => {
      if (message !== "ready") return this.answered(slot, message);
      clearTimeout(startTimer);
      slot.online = true;
      this.idle(slot);
      this.pump();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      clearTimeout(startTimer);
      if (!slot.online) {
        // The script itself cannot be loaded: no worker will ever start here.
        this.markUnavailable(error.message);
        return;
      }
      const reason = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash";
      void this.retire(slot, new WorkerFailedError(reason, error.message));
    });
    worker.on("exit", (code) => {
      clearTimeout(startTimer);
      if (!this.slots.has(slot)) return;
      if (!slot.online) this.markUnavailable(`worker exited with code ${code} before it was ready`);
      else void this.retire(slot, new WorkerFailedError("crash", `worker exited with code ${code}`));
    });
    return slot;
  }

  private assign(slot: Slot, job: Job): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    const { port1, port2 } = new MessageChannel();
    const timer = setTimeout(() => void this.retire(slot, new WorkerFailedError("timeout", `after ${job.timeoutMs} ms`)), job.timeoutMs);
    slot.job = { job, port: port1, timer };
    // A busy worker keeps the process alive (a CLI waiting for a Stand); an idle one does not.
    slot.worker.ref();
    const message: JobMessage = { id: job.id, task: job.task, port: port2 };
    try {
      slot.worker.postMessage(message, [port2, ...job.transfer]);
    } catch (error) {
      clearTimeout(timer);
      port1.close();
      slot.job = undefined;
      job.reject(error);
      this.idle(slot);
    }
  }

  /**
   * The worker says job `jobId` is answered: take the answer off its port, synchronously, so the
   * main thread's time of deserialising it can be measured.
   */
  private answered(slot: Slot, jobId: number): void {
    const current = slot.job;
    if (!current || current.job.id !== jobId) return;
    const started = performance.now();
    const received = receiveMessageOnPort(current.port);
    const receiveMs = performance.now() - started;
    clearTimeout(current.timer);
    current.port.close();
    slot.job = undefined;
    const answer = received?.message as JobAnswer | undefined;
    if (!answer) current.job.reject(new WorkerFailedError("crash", "no answer"));
    else if (!answer.ok) current.job.reject(new TaskError(answer.error));
    else {
      this.lastReceiveMs = receiveMs;
      current.job.resolve({ value: answer.value, receiveMs });
    }
    this.idle(slot);
    this.pump();
  }

  private idle(slot: Slot): void {
    if (slot.job || !this.slots.has(slot)) return;
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void this.retire(slot), this.options.idleMs);
    slot.idleTimer.unref();
  }

  private async retire(slot: Slot, error?: Error): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.port.close();
      slot.job.job.reject(error ?? new WorkerFailedError("crash", "worker retired"));
      slot.job = undefined;
    }
    await slot.worker.terminate().catch(() => undefined);
    this.pump();
  }

  private markUnavailable(detail: string): void {
    this.unavailable = detail;
    for (const slot of [...this.slots]) void this.retire(slot, new WorkerUnavailableError(detail));
    for (const job of this.queue.splice(0)) job.reject(new WorkerUnavailableError(detail));
  }
}
