/**
 * The naive query, for comparison in the benchmark and in the differential test: per request,
 * fold the search text of every row, filter the row objects, count each facet by filtering
 * again without its own field, and sort the matches with a collator. What run() avoids by
 * indexing at load time. It reads only the vocabulary and the contract (docs/contract.md §4/§5), never
 * lib/query/run.ts, lib/dataset or lib/charts, so that the two engines can check each other.
 */
import type { Leistung } from "../leistung";
import type { Query } from "../query/query";
import { CONTROLLED_FIELDS, type ControlledField, FIELDS, NOT_SET, VOCABULARY } from "../vocabulary";

const collator = new Intl.Collator("de", { numeric: true });

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * Search folding as README and docs/contract.md §4 describe it, written independently of lib/fold.ts:
 * case folded, ä = ae, ö = oe, ü = ue, ß = ss, other accents dropped, typographic characters
 * (anything outside Latin-1) read as spaces.
 */
function naiveFold(text: string): string {
  const lower = text.normalize("NFC").toLowerCase().replace(/[äöüß]/g, (c) => UMLAUTS[c]);
  return lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\u0000-\u00ff]/g, " ");
}

function naiveWords(q: string): string[] {
  return naiveFold(q).split(/\s+/).filter(Boolean);
}

/** A cell's values: a multi-value cell without values is one empty value (""), each value once. */
function cellValues(row: Leistung, field: ControlledField): string[] {
  const value = row[field];
  if (!Array.isArray(value)) return [value];
  return value.length === 0 ? [""] : [...new Set(value)];
}

function matchesField(row: Leistung, field: ControlledField, values: string[]): boolean {
  const value = row[field];
  if (!Array.isArray(value)) return values.includes(value);
  return value.length === 0 ? values.includes("") : value.some((v) => values.includes(v));
}

/** The rows of the OZG-ID selection whose folded text contains every search word. */
function candidates(rows: readonly Leistung[], query: Query): Leistung[] {
  const words = naiveWords(query.q);
  return rows.filter((row) => {
    if (query.ozgIds.length > 0 && !query.ozgIds.includes(row.ozgId)) return false;
    if (words.length === 0) return true;
    const text = naiveFold(
      [row.ozgId, row.leistung, ...row.lebenslage, ...row.leikaSchluessel, ...row.rechtsgrundlagen, row.bemerkung].join("\n"),
    );
    return words.every((w) => text.includes(w));
  });
}

/**
 * A facet derived per service rather than read from a column (e.g. the reuse stage): the value
 * of each row, and the values kept (none: no filter). Counted like a single-valued column.
 */
export interface NaiveDerived {
  valueOf: (row: Leistung) => number;
  selected: readonly number[];
}

/** Whether a row passes every filter (except `except`'s: a field, or a derived facet by index). */
function matches(row: Leistung, query: Query, derived: readonly NaiveDerived[], except?: ControlledField | number): boolean {
  for (const [field, values] of Object.entries(query.filters) as [ControlledField, string[] | undefined][]) {
    if (field !== except && values?.length && !matchesField(row, field, values)) return false;
  }
  return derived.every((d, k) => k === except || d.selected.length === 0 || d.selected.includes(d.valueOf(row)));
}

function sortValue(row: Leistung, field: keyof Leistung): string {
  const value = row[field];
  return Array.isArray(value) ? value.join("; ") : value;
}

/** Rows per value ("" = nicht festgelegt) among the rows that `field`'s facet counts. */
function facetCounts(found: readonly Leistung[], query: Query, derived: readonly NaiveDerived[], field: ControlledField): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of found.filter((r) => matches(r, query, derived, field))) {
    for (const v of cellValues(row, field)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export function naiveQuery(rows: readonly Leistung[], query: Query, derived: readonly NaiveDerived[] = []) {
  const found = candidates(rows, query);
  const hits = found.filter((row) => matches(row, query, derived));
  const facets: Partial<Record<ControlledField, Map<string, number>>> = {};
  for (const field of CONTROLLED_FIELDS) facets[field] = facetCounts(found, query, derived, field);
  // Per derived facet: rows per value, among the rows every other filter keeps.
  const derivedFacets = derived.map((d, k) => {
    const counts = new Map<number, number>();
    for (const row of found.filter((r) => matches(r, query, derived, k))) counts.set(d.valueOf(row), (counts.get(d.valueOf(row)) ?? 0) + 1);
    return counts;
  });
  const { field, desc } = query.sort;
  const order = VOCABULARY[field as ControlledField]?.values;
  // "10" and "010" are distinct IDs of equal number: then by text, so the order is always defined.
  const byOzgId = (a: Leistung, b: Leistung) => Number(a.ozgId) - Number(b.ozgId) || (a.ozgId < b.ozgId ? -1 : a.ozgId > b.ozgId ? 1 : 0);
  const compare = (a: Leistung, b: Leistung) => {
    const x = sortValue(a, field);
    const y = sortValue(b, field);
    // Empty cells last in both directions; among themselves by OZG-ID like every tie.
    if (x === "" || y === "") return (x === "" ? 1 : 0) - (y === "" ? 1 : 0) || byOzgId(a, b);
    const c = order?.length ? order.indexOf(x) - order.indexOf(y) : field === "ozgId" ? Number(x) - Number(y) : collator.compare(x, y);
    return (desc ? -c : c) || byOzgId(a, b);
  };
  hits.sort(compare);
  const start = (query.page - 1) * query.size;
  return { total: hits.length, rows: hits.slice(start, start + query.size), matches: hits, facets, derivedFacets };
}

/**
 * The values a field's facet lists (docs/contract.md §5), "" for "nicht festgelegt": every value of the
 * vocabulary, or for fields without a fixed list the values present in the Stand; "" last
 * unless a cell of the field can never be empty (a required field, or Phase: empty means offen).
 */
export function naiveFacetValues(rows: readonly Leistung[], field: ControlledField): string[] {
  const { values } = VOCABULARY[field];
  const present = new Set(rows.flatMap((row) => cellValues(row, field)).filter((v) => v !== ""));
  const listed =
    field === "lebenslage"
      ? [...present].sort(collator.compare)
      : field === "efaFederfuehrung"
        ? values.filter((v) => present.has(v))
        : [...values];
  const canBeEmpty = !FIELDS[field].required && VOCABULARY[field].emptyMeans === NOT_SET;
  return canBeEmpty ? [...listed, ""] : listed;
}

export type NaiveCrossTab = Map<string, Map<string, number>>;

/**
 * What a stacked chart of `rowField` draws: the rows `rowField`'s facet counts (every filter
 * and the search apply, `rowField`'s own filter does not), counted per pair of values, one
 * table per column field: counts.get(rowValue).get(colValue), "" for empty cells.
 */
export function naiveCrossTabs(
  rows: readonly Leistung[],
  query: Query,
  rowField: ControlledField,
  colFields: readonly ControlledField[],
  derived: readonly NaiveDerived[] = [],
): NaiveCrossTab[] {
  const counted = candidates(rows, query).filter((r) => matches(r, query, derived, rowField));
  return colFields.map((colField) => {
    const counts: NaiveCrossTab = new Map();
    for (const row of counted) {
      for (const x of cellValues(row, rowField)) {
        const line = counts.get(x) ?? new Map<string, number>();
        counts.set(x, line);
        for (const y of cellValues(row, colField)) line.set(y, (line.get(y) ?? 0) + 1);
      }
    }
    return counts;
  });
}
