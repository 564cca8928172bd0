/**
 * Narrowing a diff for the staff's review before publishing: by kind of change (new, dropped,
 * changed), by the field that changed, and by words in OZG-ID or Leistung.
 */
import { foldForSearch } from "../fold";
import type { Leistung } from "../leistung";
import { FIELD_IDS, type FieldId } from "../vocabulary";
import type { ChangedLeistung, StandDiff } from "./diff";

export const CHANGE_KINDS = ["neu", "entfallen", "geaendert"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface DiffFilter {
  /** Only these kinds; empty means all. */
  kinds: ChangeKind[];
  /** Only changed services where this field changed (new and dropped ones are not shown then). */
  field: FieldId | null;
  /** Words that must all occur in the OZG-ID or the Leistung. */
  words: string[];
}

export const NO_DIFF_FILTER: DiffFilter = { kinds: [], field: null, words: [] };

/** Reads the filter from the review page's URL (`art`, `feld`, `suche`); unknown values are ignored. */
export function parseDiffFilter(search: Record<string, string | string[] | undefined>): DiffFilter {
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const kinds = list(search.art).filter((k): k is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(k));
  const field = list(search.feld).find((f): f is FieldId => (FIELD_IDS as readonly string[]).includes(f)) ?? null;
  const words = foldForSearch(list(search.suche).join(" ").slice(0, 200)).split(/\s+/).filter(Boolean).slice(0, 20);
  return { kinds: [...new Set(kinds)], field, words };
}

function matches(words: string[], ozgId: string, leistung: string): boolean {
  if (words.length === 0) return true;
  const text = foldForSearch(`${ozgId} ${leistung}`);
  return words.every((word) => text.includes(word));
}

export function filterDiff(diff: StandDiff, filter: DiffFilter): StandDiff {
  const wants = (kind: ChangeKind) => (filter.kinds.length === 0 || filter.kinds.includes(kind)) && (filter.field === null || kind === "geaendert");
  const rows = (list: Leistung[], kind: ChangeKind) => (wants(kind) ? list.filter((row) => matches(filter.words, row.ozgId, row.leistung)) : []);
  const changed = wants("geaendert")
    ? diff.changed.filter((c: ChangedLeistung) => matches(filter.words, c.ozgId, c.leistung) && (filter.field === null || c.fields.some((f) => f.field === filter.field)))
    : [];
  return { ...diff, added: rows(diff.added, "neu"), removed: rows(diff.removed, "entfallen"), changed };
}

export function isFiltered(filter: DiffFilter): boolean {
  return filter.kinds.length > 0 || filter.field !== null || filter.words.length > 0;
}
