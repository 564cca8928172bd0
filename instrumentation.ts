/** Runs once when the server starts: the retention job of reuse declarations (lib/reuse/retention-job.ts). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRetentionJob } = await import("./lib/reuse/retention-job");
  startRetentionJob();
}
