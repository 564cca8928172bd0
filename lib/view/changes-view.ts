/**
 * The Änderungen page: what changed between two Stände (default: the two newest), the same
 * diff as GET /api/aenderungen. Server only.
 */
import { type StandDiff, cachedDiff } from "../changes/diff";
import { parseComparePair } from "../changes/params";
import type { ParamProblem, SearchParamsInput } from "../query/parse";
import { getDataset, listStaende } from "../store/repository";

export type ChangesView =
  | { ok: true; staende: string[]; diff: StandDiff }
  | { ok: false; staende: string[]; problems: ParamProblem[] };

export async function loadChangesView(searchParams: SearchParamsInput): Promise<ChangesView> {
  const staende = await listStaende();
  const pair = parseComparePair(searchParams, staende);
  if (!pair.ok) return { ok: false, staende, problems: pair.problems };
  const [from, to] = await Promise.all([getDataset(pair.von), getDataset(pair.bis)]);
  return { ok: true, staende, diff: cachedDiff(from, to) };
}
