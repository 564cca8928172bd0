import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { PoolBusyError, TaskError, WorkerFailedError, WorkerPool, WorkerUnavailableError } from "./pool";

/**
 * A stand-in worker speaking the pool's protocol: a task { ms, value } answers value after ms,
 * { crash: true } exits the thread, { grow: true } allocates until it runs out of memory,
 * { fail: "…" } answers with a task error.
 */
const SCRIPT = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, task, port }) => {
  if (task.crash) process.exit(3);
  if (task.grow) { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }
  setTimeout(() => {
    port.postMessage(task.fail ? { ok: false, error: { name: "Error", message: task.fail } } : { ok: true, value: task.value });
    parentPort.postMessage(id);
  }, task.ms ?? 0);
});
parentPort.postMessage("ready");
`;

const pools: WorkerPool[] = [];
function pool(options: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}) {
  const created = new WorkerPool({
    spawn: () => new Worker(SCRIPT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } }),
    size: 1,
    maxQueued: 2,
    timeoutMs: 5_000,
    idleMs: 60_000,
    ...options,
  });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe("WorkerPool", () => {
  it("runs a task in a worker and reports the main-thread time of receiving the answer", async () => {
    const result = await pool().runTimed({ value: { rows: [1, 2, 3] } });
    expect(result.value).toEqual({ rows: [1, 2, 3] });
    expect(result.receiveMs).toBeGreaterThanOrEqual(0);
  });

  it("refuses a normal job when every worker is busy and the queue is full", async () => {
    const p = pool({ size: 1, maxQueued: 2 });
    const running = p.run({ ms: 300, value: "a" });
    const queued = [p.run({ ms: 0, value: "b" }), p.run({ ms: 0, value: "c" })];
    await expect(p.run({ value: "d" })).rejects.toBeInstanceOf(PoolBusyError);
    expect(await Promise.all([running, ...queued])).toEqual(["a", "b", "c"]);
    // Once the queue has room again, jobs are taken.
    expect(await p.run({ value: "e" })).toBe("e");
  });

  it("lets a high-priority job (a Stand a page waits for) pass the full queue and go first", async () => {
    const p = pool({ size: 1, maxQueued: 1 });
    await p.run({ value: "warm" }); // a worker is up, so the next job runs at once
    const order: string[] = [];
    const track = (promise: Promise<unknown>) => promise.then((v) => order.push(String(v)));
    const jobs = [track(p.run({ ms: 200, value: "running" })), track(p.run({ value: "check" }))];
    jobs.push(track(p.run({ value: "stand" }, { priority: "high" })));
    await Promise.all(jobs);
    expect(order).toEqual(["running", "stand", "check"]);
  });

  it("gives up a job that takes too long and keeps working with a new worker", async () => {
    const p = pool({ timeoutMs: 200 });
    const error = await p.run({ ms: 5_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerFailedError);
    expect((error as WorkerFailedError).reason).toBe("timeout");
    expect(await p.run({ value: "after" })).toBe("after");
  });

  it("survives a worker that exits or runs out of memory", async () => {
    const p = pool();
    await expect(p.run({ crash: true })).rejects.toMatchObject({ name: "WorkerFailedError", reason: "crash" });
    const oom = await p.run({ grow: true }).catch((e: unknown) => e);
    expect(oom).toMatchObject({ name: "WorkerFailedError", reason: "memory" });
    expect(await p.run({ value: "still here" })).toBe("still here");
  });

  it("passes a task's own error on as a TaskError", async () => {
    const error = await pool().run({ fail: "kaputt" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskError);
    expect((error as TaskError).error.message).toBe("kaputt");
  });

  it("says so when the worker script cannot start, so the caller can run the job itself", async () => {
    const p = pool({ spawn: () => new Worker("throw new Error('no script')", { eval: true }) });
    const error = await p.run({ value: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerUnavailableError);
    await expect(p.run({ value: "y" })).rejects.toBeInstanceOf(WorkerUnavailableError);
  });

  it("moves transferable bytes to the worker instead of copying them", async () => {
    const bytes = new Uint8Array(1024);
    await pool().run({ value: "ok", bytes }, { transfer: [bytes.buffer] });
    expect(bytes.byteLength).toBe(0);
  });

  it("recognises its errors across copies of the module (Next bundles pages and routes apart)", () => {
    const foreign = Object.assign(new Error("x"), { name: "PoolBusyError" });
    expect(foreign).toBeInstanceOf(PoolBusyError);
    expect(new Error("y")).not.toBeInstanceOf(PoolBusyError);
  });
});
