import type { SearchParamsInput } from "../query/parse";
import { DataSourceError } from "../store/errors";
import { type LoadOptions, type OverviewView, loadOverview } from "./overview-view";

export type Loaded<T> = { ok: true; view: T } | { ok: false; error: DataSourceError };

/** A broken data folder as a value (pages show it), instead of an exception (a 500). */
export async function orDataError<T>(load: Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, view: await load };
  } catch (error) {
    if (error instanceof DataSourceError) return { ok: false, error };
    throw error;
  }
}

export type LoadedOverview = Loaded<OverviewView>;

export function loadOverviewOrError(params: SearchParamsInput, options?: LoadOptions): Promise<LoadedOverview> {
  return orDataError(loadOverview(params, options));
}
