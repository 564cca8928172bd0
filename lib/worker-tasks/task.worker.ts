/** Entry of a worker thread: runs the tasks of tasks.ts one at a time (protocol: lib/workers/pool.ts). */
import { parentPort } from "node:worker_threads";
import type { JobAnswer, JobMessage } from "../workers/pool";
import { type Task, runTask, serializeError } from "./tasks";

const port = parentPort!;

port.on("message", async ({ id, task, port: answerPort }: JobMessage) => {
  let answer: JobAnswer;
  let transfer: Parameters<typeof answerPort.postMessage>[1] = [];
  try {
    const done = await runTask(task as Task);
    answer = { ok: true, value: done.value };
    transfer = done.transfer;
  } catch (error) {
    answer = { ok: false, error: serializeError(error) };
  }
  // The answer goes on the job's own port; the id on the parent port tells the pool to take it.
  answerPort.postMessage(answer, transfer);
  port.postMessage(id);
});

// The script has loaded: from here a failure is the job's, not the worker's.
port.postMessage("ready");
