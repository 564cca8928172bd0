/** Entry of a worker thread: runs the tasks of lib/workers/tasks.ts one at a time. */
import { parentPort } from "node:worker_threads";
import type { JobAnswer, JobMessage } from "./pool";
import { runTask, serializeError } from "./tasks";
import type { Task } from "./tasks";

const port = parentPort!;

/** Items per slice of a large array in an answer: 5,000 rows take the main thread some 10–50 ms. */
const CHUNK_ITEMS = 5_000;

port.on("message", async ({ id, task, port: answerPort }: JobMessage) => {
  let answer: JobAnswer;
  let transfer: Parameters<typeof answerPort.postMessage>[1] = [];
  let chunks: unknown[][] = [];
  try {
    const done = await runTask(task as Task);
    const value = done.value as Record<string, unknown>;
    const large = done.split ? (value[done.split] as unknown[]) : undefined;
    if (done.split && large && large.length > CHUNK_ITEMS) {
      // Sent apart, in slices the main thread takes one at a time (pool.ts, receiveChunks).
      for (let i = 0; i < large.length; i += CHUNK_ITEMS) chunks.push(large.slice(i, i + CHUNK_ITEMS));
      answer = { ok: true, value: { ...value, [done.split]: [] }, chunks: { key: done.split, count: chunks.length } };
    } else {
      answer = { ok: true, value };
    }
    transfer = done.transfer;
  } catch (error) {
    answer = { ok: false, error: serializeError(error) };
    chunks = [];
  }
  // The answer goes on the job's own port; the id on the parent port tells the pool to take it.
  answerPort.postMessage(answer, transfer);
  for (const chunk of chunks) answerPort.postMessage(chunk);
  port.postMessage(id);
});

// The script has loaded: from here a failure is the job's, not the worker's.
port.postMessage("ready");
