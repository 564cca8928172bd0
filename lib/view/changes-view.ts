/**
 * The Änderungen page: what changed between two Stände (default: the two newest), the same
 * diff as GET /api/aenderungen. Server only.
 */
import "server-only";
import { type StandDiff, cachedDiff } from "../changes/diff";
import { type ComparePair, parseComparePair } from "../params/compare";
import type { ParamContext, ParamProblem } from "../params/problem";
import { changesApiHref } from "../routes";
import { getDataset } from "../store/repository";

export interface ChangesView {
  staende: readonly string[];
  newestStand: string;
  /** The comparison shown: the one asked for, or the default (two newest) when that was invalid. */
  diff: StandDiff | null;
  /** The same comparison as JSON. */
  apiHref: string | null;
  problems: ParamProblem[];
  /** With a single published Stand there is nothing to compare yet: that Stand (an empty state, not an error). */
  onlyStand: string | null;
}

/** Services listed per section on the page; the JSON has them all (large generated data sets). */
export const SHOWN_CHANGES = 500;

export async function loadChangesView(asked: ComparePair, context: ParamContext): Promise<ChangesView> {
  const { staende } = context;
  const newestStand = staende[staende.length - 1];
  if (staende.length === 1) return { staende, newestStand, diff: null, apiHref: null, problems: [], onlyStand: newestStand };
  // Like the other pages: an invalid choice is explained, and the default comparison is shown.
  const pair = asked.ok ? asked : parseComparePair({}, context);
  const problems = asked.ok ? [] : asked.problems;
  if (!pair.ok) {
    // With a single Stand the request and the default fail for the same reason: say it once.
    const more = pair.problems.filter((p) => !problems.some((q) => q.message === p.message));
    return { staende, newestStand, diff: null, apiHref: null, problems: [...problems, ...more], onlyStand: null };
  }
  const [from, to] = await Promise.all([getDataset(pair.von), getDataset(pair.bis)]);
  return { staende, newestStand, diff: cachedDiff(from, to), apiHref: changesApiHref(pair.von, pair.bis), problems, onlyStand: null };
}
