/**
 * The Änderungen page: what changed between two Stände (default: the two newest), the same
 * diff as GET /api/aenderungen. Server only.
 */
import { type StandDiff, cachedDiff } from "../changes/diff";
import { parseComparePair } from "../changes/params";
import type { ParamProblem, SearchParamsInput } from "../query/parse";
import { getDataset, listStaende } from "../store/repository";

export interface ChangesView {
  staende: string[];
  /** The comparison shown: the one asked for, or the default (two newest) when that was invalid. */
  diff: StandDiff | null;
  problems: ParamProblem[];
}

export async function loadChangesView(searchParams: SearchParamsInput): Promise<ChangesView> {
  const staende = await listStaende();
  const asked = parseComparePair(searchParams, staende);
  // Like the other pages: an invalid choice is explained, and the default comparison is shown.
  const pair = asked.ok ? asked : parseComparePair({}, staende);
  const problems = asked.ok ? [] : asked.problems;
  if (!pair.ok) return { staende, diff: null, problems: [...problems, ...pair.problems] };
  const [from, to] = await Promise.all([getDataset(pair.von), getDataset(pair.bis)]);
  return { staende, diff: cachedDiff(from, to), problems };
}

/** Services listed per section on the page; the JSON has them all (large generated data sets). */
export const SHOWN_CHANGES = 500;

/** The JSON of the same comparison. */
export function changesApiHref(diff: Pick<StandDiff, "from" | "to">): string {
  return `/api/aenderungen?von=${encodeURIComponent(diff.from)}&bis=${encodeURIComponent(diff.to)}`;
}
