/**
 * Total blocking time as Lighthouse defines it, from the long tasks a page ran: the part of
 * each task beyond 50 ms, summed. The browser reports the tasks (`longtask` entries).
 */
export const LONG_TASK_MS = 50;

export function totalBlockingTime(taskDurations: readonly number[]): number {
  return taskDurations.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK_MS), 0);
}
