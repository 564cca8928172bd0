/**
 * Runs once when the server starts:
 * - the HTTP guard in front of Next (lib/http/http-guard.ts) with the cache of rendered pages
 *   (lib/http/page-cache.ts);
 * - the retention job of reuse declarations (lib/reuse/retention-job.ts);
 * - with PostgreSQL, following the Stände other instances publish or withdraw
 *   (lib/store/instance-sync.ts);
 * - loading the newest Stand, so that the first request does not wait for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installHttpGuard } = await import("./lib/http/http-guard");
  const { PageCache, pageCacheTtlMs } = await import("./lib/http/page-cache");
  const { publicPageVersion } = await import("./lib/view/page-version");
  let ttlMs: number;
  try {
    ttlMs = pageCacheTtlMs(process.env.PAGE_CACHE_TTL_MS);
  } catch (error) {
    // A wrong setting must not keep the server from starting: said once, the default applies.
    console.error(`${(error as Error).message} Es gilt der Standard von 2000 ms.`);
    ttlMs = pageCacheTtlMs(undefined);
  }
  // The dashboard is the page everyone opens and the costliest to render (docs/performance.md).
  installHttpGuard({ pageCache: ttlMs > 0 ? new PageCache({ paths: ["/"], version: () => publicPageVersion(), ttlMs }) : undefined });
  const { startRetentionJob } = await import("./lib/reuse/retention-job");
  startRetentionJob();
  const { startInstanceSync } = await import("./lib/store/instance-sync");
  await startInstanceSync();
  const { warmNewestStand } = await import("./lib/store/repository");
  // Not awaited: the server answers meanwhile; a request that comes first shares the same read.
  void warmNewestStand().catch(() => undefined);
}
