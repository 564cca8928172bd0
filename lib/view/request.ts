/**
 * The first steps of every page and API request: the published Stände that parameters are
 * checked against, and a broken data folder as a value instead of an exception. Server only.
 */
import "server-only";
import type { ParamContext } from "../params/problem";
import { DataSourceError } from "../store/errors";
import { listStaende } from "../store/repository";

/** What the parameter parsers check against: the published Stände. */
export async function paramContext(): Promise<ParamContext> {
  return { staende: await listStaende() };
}

export type Loaded<T> = { ok: true; view: T } | { ok: false; error: DataSourceError };

/** A broken data folder as a value (pages show it), instead of an exception (a 500). */
export async function orDataError<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, view: await load() };
  } catch (error) {
    if (error instanceof DataSourceError) return { ok: false, error };
    throw error;
  }
}
