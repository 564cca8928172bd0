/**
 * A Stand prepared for queries, built once at load time: rows in OZG-ID order, controlled
 * columns dictionary-encoded, search text folded once. Plain data: sort orders are built on
 * demand and cached beside it (sort.ts). A query is then one pass over typed arrays (lib/query/run.ts).
 */
import { foldForSearch } from "../fold";
import type { Leistung } from "../leistung";
import {
  CONTROLLED_FIELDS,
  type ControlledField,
  FEDERFUEHRUNGEN,
  FIELD_IDS,
  FIELD_TRAITS,
  MULTI_CONTROLLED_FIELDS,
  type MultiControlledField,
  SINGLE_CONTROLLED_FIELDS,
  type SingleControlledField,
  VOCABULARY,
} from "../vocabulary";
import { type SearchText, type WordIndex, buildWordIndex, joinTexts } from "./search-index";

/** The codes of a multi-valued field: row r has codes[start[r] .. start[r + 1]) (none: nicht festgelegt). */
export interface CodeLists {
  start: Uint32Array;
  codes: Uint16Array;
}

export interface Dataset {
  stand: string;
  /** Rows in ascending numeric OZG-ID order; row index = position here. */
  rows: readonly Leistung[];
  /** Per controlled field: code → value. Code 0 is always "" (nicht festgelegt). */
  dictionaries: Record<ControlledField, readonly string[]>;
  /** Per single-valued controlled field: the code of each row. */
  codes: Record<SingleControlledField, Uint16Array>;
  /** Per multi-valued controlled field (Lebenslage): the codes of each row. */
  lists: Record<MultiControlledField, CodeLists>;
  /** The words of each row's own searched text cells (Leistung, Bemerkung), folded, with their rows. */
  search: WordIndex;
  /** The OZG-ID of row r as text r (found by number, also in part: "1003" finds 10030–10039). */
  ozgIdText: SearchText;
  /**
   * Search text of the cells that repeat across rows (Lebenslage, LeiKa keys, Rechtsgrundlagen),
   * stored once per distinct combination; row r uses entry sharedSearchCode[r].
   */
  sharedSearch: SearchText;
  sharedSearchCode: Uint32Array;
  rowIndexById: ReadonlyMap<string, number>;
}

const collator = new Intl.Collator("de", { numeric: true });

/** Values of a controlled field in their canonical order, "" (nicht festgelegt) first as code 0. */
function dictionaryFor(field: ControlledField, rows: readonly Leistung[]): string[] {
  if (FIELD_TRAITS[field].facetFrom === "vocabulary") return ["", ...VOCABULARY[field].values];
  const present = new Set<string>();
  for (const row of rows) {
    const value = row[field];
    if (Array.isArray(value)) value.forEach((v) => present.add(v));
    else if (value) present.add(value);
  }
  const leads = Object.keys(FEDERFUEHRUNGEN);
  const order =
    field === "efaFederfuehrung"
      ? (a: string, b: string) => leads.indexOf(a) - leads.indexOf(b)
      : (a: string, b: string) => collator.compare(a, b);
  return ["", ...[...present].sort(order)];
}

/** Each text ends in a line break, so a search word (never containing one) cannot span two texts. */
function searchText(parts: readonly string[]): string {
  return foldForSearch(parts.join("\n")) + "\n";
}

/** Rows in ascending numeric OZG-ID order (files usually are already; then no sort is needed). */
function byOzgId(rows: readonly Leistung[]): Leistung[] {
  const ids = rows.map((r) => Number(r.ozgId));
  const sorted = ids.every((id, i) => i === 0 || ids[i - 1] < id);
  if (sorted) return [...rows];
  const order = ids.map((_, i) => i).sort((a, b) => ids[a] - ids[b] || rows[a].ozgId.localeCompare(rows[b].ozgId));
  return order.map((i) => rows[i]);
}

/**
 * Searched cells that repeat across rows (the multi-valued ones: Lebenslage, LeiKa keys,
 * Rechtsgrundlagen) are indexed once per distinct combination; the other searched cells
 * (Leistung, Bemerkung) by their words. The OZG-ID, the row's key, is searched by number apart.
 */
const SHARED_SEARCH_FIELDS = FIELD_IDS.filter((f) => FIELD_TRAITS[f].searched && FIELD_TRAITS[f].multiValued) as readonly MultiValueKey[];
const OWN_SEARCH_FIELDS = FIELD_IDS.filter((f) => FIELD_TRAITS[f].searched && !FIELD_TRAITS[f].multiValued && f !== "ozgId");

type MultiValueKey = { [K in keyof Leistung]: Leistung[K] extends string[] ? K : never }[keyof Leistung];

/** The first row seen with the same shared cells, and its search code. */
interface SharedCells {
  code: number;
  row: Leistung;
}

function singleCodes(rows: readonly Leistung[], field: SingleControlledField, dictionary: readonly string[]): Uint16Array {
  const codeOf = new Map(dictionary.map((v, i) => [v, i]));
  const column = new Uint16Array(rows.length);
  let previousValue = "";
  let previousCode = 0;
  for (let r = 0; r < rows.length; r++) {
    const value = rows[r][field];
    // Neighbouring rows often share a value; skip the map lookup then.
    if (value !== previousValue) {
      previousValue = value;
      previousCode = codeOf.get(value) ?? 0;
    }
    column[r] = previousCode;
  }
  return column;
}

function listCodes(rows: readonly Leistung[], field: MultiControlledField, dictionary: readonly string[]): CodeLists {
  const codeOf = new Map(dictionary.map((v, i) => [v, i]));
  const start = new Uint32Array(rows.length + 1);
  const list: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    start[r] = list.length;
    for (const v of rows[r][field]) list.push(codeOf.get(v)!);
  }
  start[rows.length] = list.length;
  return { start, codes: Uint16Array.from(list) };
}

/** Indexes the rows of a Stand. Takes ownership of the row objects (repeated lists are shared). */
export function buildDataset(stand: string, inputRows: readonly Leistung[]): Dataset {
  const rows = byOzgId(inputRows);
  const n = rows.length;

  const dictionaries = {} as Record<ControlledField, string[]>;
  for (const field of CONTROLLED_FIELDS) dictionaries[field] = dictionaryFor(field, rows);
  const codes = {} as Record<SingleControlledField, Uint16Array>;
  for (const field of SINGLE_CONTROLLED_FIELDS) codes[field] = singleCodes(rows, field, dictionaries[field]);

  const ownTexts = new Array<string>(n);
  const sharedTexts: string[] = [];
  const sharedByKey = new Map<string, SharedCells>();
  const sharedSearchCode = new Uint32Array(n);
  const rowIndexById = new Map<string, number>();
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    const sharedParts = SHARED_SEARCH_FIELDS.flatMap((f, i) => (i === 0 ? row[f] : ["", ...row[f]]));
    const sharedKey = sharedParts.join("\n");
    let shared = sharedByKey.get(sharedKey);
    if (shared) {
      // Hold repeated lists once in memory: rows are immutable from here on.
      for (const f of SHARED_SEARCH_FIELDS) row[f] = shared.row[f];
    } else {
      shared = { code: sharedTexts.push(searchText(sharedParts)) - 1, row };
      sharedByKey.set(sharedKey, shared);
    }
    sharedSearchCode[r] = shared.code;
    ownTexts[r] = searchText(OWN_SEARCH_FIELDS.map((f) => row[f] as string));
    rowIndexById.set(row.ozgId, r);
  }

  const lists = {} as Record<MultiControlledField, CodeLists>;
  for (const field of MULTI_CONTROLLED_FIELDS) lists[field] = listCodes(rows, field, dictionaries[field]);

  return {
    stand,
    rows,
    dictionaries,
    codes,
    lists,
    search: buildWordIndex(ownTexts),
    ozgIdText: joinTexts(rows.map((row) => `${row.ozgId}\n`)),
    sharedSearch: joinTexts(sharedTexts),
    sharedSearchCode,
    rowIndexById,
  };
}
