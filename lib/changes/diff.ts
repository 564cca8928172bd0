/**
 * What changed between two Stände: services added, removed, and per service the fields whose
 * value differs. Rows are compared after import, so alias spellings (`in Planung` = `Planung`)
 * are no change. Multi-value fields are compared as lists of values regardless of their order
 * (the same Lebenslagen in another order is no change); in `before` / `after` a list is written
 * as its values joined with "; " (the separator the CSV import accepts inside a cell).
 */
import type { Dataset } from "../dataset/dataset";
import type { Leistung } from "../leistung";
import { FIELD_IDS, type FieldId } from "../vocabulary";
import { allRows, rowAt, rowIndexOf } from "../dataset/rows";

export interface FieldChange {
  field: FieldId;
  before: string;
  after: string;
}

export interface ChangedLeistung {
  ozgId: string;
  /** The service's name in the newer Stand. */
  leistung: string;
  /** Changed fields in the column order of the contract. */
  fields: FieldChange[];
}

/** The JSON body of GET /api/aenderungen (docs/contract.md §5). */
export interface StandDiff {
  from: string;
  to: string;
  /** Rows only in `to`, in OZG-ID order. */
  added: Leistung[];
  /** Rows only in `from`, in OZG-ID order. */
  removed: Leistung[];
  /** Services in both Stände with at least one different field, in OZG-ID order. */
  changed: ChangedLeistung[];
}

/** Separator of list values in `before` / `after`. */
export const LIST_SEPARATOR = "; ";

/** A cell as the text shown in a diff: lists joined with "; ", empty as "". */
export function cellText(value: string | readonly string[]): string {
  return typeof value === "string" ? value : value.join(LIST_SEPARATOR);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((v, i) => v === sortedB[i]);
}

/** The fields of one service that differ between two Stände. */
export function changedFields(before: Leistung, after: Leistung): FieldChange[] {
  const fields: FieldChange[] = [];
  for (const field of FIELD_IDS) {
    const a = before[field];
    const b = after[field];
    const same = typeof a === "string" || typeof b === "string" ? a === b : sameList(a, b);
    if (!same) fields.push({ field, before: cellText(a), after: cellText(b) });
  }
  return fields;
}

/** Rows are kept in ascending OZG-ID order by the Dataset; this order is the diff's order. */
function byId(a: Leistung, b: Leistung): number {
  return Number(a.ozgId) - Number(b.ozgId) || a.ozgId.localeCompare(b.ozgId);
}

/**
 * Decides which services a diff covers, e.g. those of one Ressort; gets the row in the older
 * and in the newer Stand (undefined where the service does not exist there).
 */
export type DiffScope = (before: Leistung | undefined, after: Leistung | undefined) => boolean;

export function diffDatasets(from: Dataset, to: Dataset, scope?: DiffScope): StandDiff {
  const added: Leistung[] = [];
  const removed: Leistung[] = [];
  const changed: ChangedLeistung[] = [];
  for (const before of allRows(from)) {
    const index = rowIndexOf(to, before.ozgId);
    const after = index === undefined ? undefined : rowAt(to, index);
    if (scope && !scope(before, after)) continue;
    if (!after) {
      removed.push(before);
      continue;
    }
    const fields = changedFields(before, after);
    if (fields.length > 0) changed.push({ ozgId: after.ozgId, leistung: after.leistung, fields });
  }
  for (const after of allRows(to)) {
    if (rowIndexOf(from, after.ozgId) !== undefined) continue;
    if (scope && !scope(undefined, after)) continue;
    added.push(after);
  }
  // Both Datasets hold rows in OZG-ID order already; sorting again keeps the contract explicit.
  added.sort(byId);
  removed.sort(byId);
  changed.sort((a, b) => Number(a.ozgId) - Number(b.ozgId));
  return { from: from.stand, to: to.stand, added, removed, changed };
}

const fullDiffs = new WeakMap<Dataset, WeakMap<Dataset, StandDiff>>();

/** diffDatasets for whole Stände, remembered while both Datasets are cached. */
export function cachedDiff(from: Dataset, to: Dataset): StandDiff {
  let byTo = fullDiffs.get(from);
  if (!byTo) fullDiffs.set(from, (byTo = new WeakMap()));
  let diff = byTo.get(to);
  if (!diff) byTo.set(to, (diff = diffDatasets(from, to)));
  return diff;
}

/** A diff restricted to the services of one Ressort in either Stand (moved in, moved out, or stayed). */
export function ressortScope(kuerzel: string): DiffScope {
  return (before, after) => before?.ressort === kuerzel || after?.ressort === kuerzel;
}

/** The diff's phase changes only: service, phase before and after. */
export interface PhaseChange {
  ozgId: string;
  leistung: string;
  before: string;
  after: string;
}

export function phaseChanges(diff: StandDiff): PhaseChange[] {
  return diff.changed.flatMap((c) =>
    c.fields
      .filter((f) => f.field === "phase")
      .map((f) => ({ ozgId: c.ozgId, leistung: c.leistung, before: f.before, after: f.after })),
  );
}
