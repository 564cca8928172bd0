/**
 * A counter of the changes this process has seen to what public pages show: every entry of the
 * record (lib/record/record.ts – each write that changes data writes one) and every notification
 * from another instance (lib/store/registry-events.ts). The rendered-page cache takes it into its
 * version (lib/view/page-version.ts), so a change here drops the cached pages at once.
 * One per process: Next bundles pages, routes and instrumentation apart.
 */
import { processShared } from "./process-shared";

const state = processShared("data-changes", () => ({ count: 0 }));

export function noteDataChange(): void {
  state.count++;
}

export function dataChangeCount(): number {
  return state.count;
}
