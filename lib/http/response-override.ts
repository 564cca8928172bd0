/**
 * A status for the response being rendered, set from inside the render. Next gives a server
 * component no way to set the HTTP status (only notFound(), forbidden(), unauthorized() and
 * redirects), so a page that shows "Die Daten können nicht angezeigt werden" would answer 200.
 * The HTTP guard (http-guard.ts) runs every request inside an AsyncLocalStorage context; a
 * component or action calls overrideResponse(503, …), and the guard writes that status instead
 * of the 200 when the headers go out. Without the guard (unit tests, CLIs) it does nothing.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { processShared } from "../process-shared";

export interface ResponseOverride {
  status?: number;
  headers: Record<string, string>;
}

// One storage per process: the guard (instrumentation) and the pages are bundled apart.
export const responseOverrides = processShared("response-override", () => new AsyncLocalStorage<ResponseOverride>());

/** Asks for `status` (and headers) instead of 200 for the current response; false outside a request. */
export function overrideResponse(status: number, headers: Record<string, string> = {}): boolean {
  const store = responseOverrides.getStore();
  if (!store) return false;
  store.status = status;
  Object.assign(store.headers, headers);
  return true;
}

/** Seconds in Retry-After when the data folder cannot be used: an operator has to act, so not at once. */
export const DATA_RETRY_AFTER_SECONDS = 300;

/** The page being rendered shows that the data cannot be used: answer 503 (monitoring sees it) with Retry-After. */
export function markDataUnavailable(): void {
  overrideResponse(503, { "Retry-After": String(DATA_RETRY_AFTER_SECONDS) });
}
