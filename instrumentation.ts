/**
 * Runs once when the server starts: the HTTP guard in front of Next (lib/http/http-guard.ts),
 * the retention job of reuse declarations (lib/reuse/retention-job.ts) and, with PostgreSQL,
 * following the Stände other instances publish or withdraw (lib/store/instance-sync.ts), and
 * loading the newest Stand, so that the first request does not wait for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installHttpGuard } = await import("./lib/http/http-guard");
  installHttpGuard();
  const { startRetentionJob } = await import("./lib/reuse/retention-job");
  startRetentionJob();
  const { startInstanceSync } = await import("./lib/store/instance-sync");
  await startInstanceSync();
  const { warmNewestStand } = await import("./lib/store/repository");
  // Not awaited: the server answers meanwhile; a request that comes first shares the same read.
  void warmNewestStand().catch(() => undefined);
}
