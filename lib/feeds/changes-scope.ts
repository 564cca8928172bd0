/**
 * The changes between two Stände that concern a query's services: a service counts when it
 * matches the query in the newer Stand (added or changed), or, when removed, in the older one.
 * Built from the full diff (cachedDiff) and the query's matches in each Stand (runQuery), so
 * the feed lists exactly what /api/aenderungen reports, narrowed to the selection.
 */
import { type StandDiff, cachedDiff } from "../changes/diff";
import type { Dataset } from "../dataset/dataset";
import { type Query, hasActiveFilters } from "../query/query";
import { runQuery } from "../query/run";
import { selectionQuery } from "../query/query";
import { rowIndexOf } from "../dataset/rows";

function matchesOf(dataset: Dataset, query: Query): (ozgId: string) => boolean {
  const { matches } = runQuery(dataset, { ...selectionQuery(query), size: 1 });
  return (ozgId) => {
    const r = rowIndexOf(dataset, ozgId);
    return r !== undefined && matches[r] === 1;
  };
}

export function scopedDiff(from: Dataset, to: Dataset, query: Query): StandDiff {
  const full = cachedDiff(from, to);
  if (!hasActiveFilters(query)) return full;
  const inTo = matchesOf(to, query);
  const inFrom = matchesOf(from, query);
  return {
    from: full.from,
    to: full.to,
    added: full.added.filter((row) => inTo(row.ozgId)),
    removed: full.removed.filter((row) => inFrom(row.ozgId)),
    changed: full.changed.filter((c) => inTo(c.ozgId)),
  };
}
