import { DataSourceError } from "../store/errors";
import type { SearchParamsInput } from "../query/parse";
import { type LoadOptions, type OverviewView, loadOverview } from "./overview-view";

export type LoadedOverview = { ok: true; view: OverviewView } | { ok: false; error: DataSourceError };

/** loadOverview, with a broken data folder as a value (pages show it) instead of an exception (a 500). */
export async function loadOverviewOrError(params: SearchParamsInput, options?: LoadOptions): Promise<LoadedOverview> {
  try {
    return { ok: true, view: await loadOverview(params, options) };
  } catch (error) {
    if (error instanceof DataSourceError) return { ok: false, error };
    throw error;
  }
}
