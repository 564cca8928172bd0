/**
 * A Stand prepared for queries, built once: rows in OZG-ID order, stored by column. Controlled
 * columns are dictionary-encoded, every other column keeps its distinct strings once (UTF-8, see
 * string-table.ts) with a code per row, and search text is folded once. Plain data made of typed
 * arrays, so a prepared snapshot (snapshot.ts) maps onto it without parsing; a row becomes an
 * object only when a page or the export asks for it (rows.ts). Sort orders are cached beside it
 * (sort.ts). A query is one pass over these arrays (lib/query/run.ts).
 */
import { foldForSearch } from "../fold";
import type { Leistung } from "../leistung";
import {
  CONTROLLED_FIELDS,
  type ControlledField,
  FIELD_IDS,
  FIELD_TRAITS,
  type FieldId,
  MULTI_CONTROLLED_FIELDS,
  type MultiControlledField,
  type MultiValueField,
  SINGLE_CONTROLLED_FIELDS,
  type SingleControlledField,
  VOCABULARY,
  isControlledField,
  isMultiValued,
} from "../vocabulary";
import { type SearchText, type WordIndex, buildWordIndex, joinTexts } from "./search-index";
import { type StringTable, TableBuilder } from "./string-table";

/** The codes of a multi-valued field: row r has codes[start[r] .. start[r + 1]) (none: nicht festgelegt). */
export interface CodeLists<C extends Uint16Array | Uint32Array = Uint16Array> {
  start: Uint32Array;
  codes: C;
}

/** Fields without a value list: their distinct strings, and per row a code (or a list of codes). */
export type TextField = Exclude<FieldId, ControlledField>;
export type SingleTextField = Exclude<TextField, MultiTextField>;
export type MultiTextField = Extract<TextField, MultiValueField>;

export const TEXT_FIELDS = FIELD_IDS.filter((f): f is TextField => !isControlledField(f));
export const SINGLE_TEXT_FIELDS = TEXT_FIELDS.filter((f): f is SingleTextField => !isMultiValued(f));
export const MULTI_TEXT_FIELDS = TEXT_FIELDS.filter((f): f is MultiTextField => isMultiValued(f));

export interface Dataset {
  stand: string;
  /** Number of rows; row index r runs from 0, in ascending numeric OZG-ID order. */
  rowCount: number;
  /** Per controlled field: code → value. Code 0 is always "" (nicht festgelegt). */
  dictionaries: Record<ControlledField, readonly string[]>;
  /** Per single-valued controlled field: the code of each row. */
  codes: Record<SingleControlledField, Uint16Array>;
  /** Per multi-valued controlled field (Lebenslage): the codes of each row. */
  lists: Record<MultiControlledField, CodeLists>;
  /** Per text field: its distinct values. */
  strings: Record<TextField, StringTable>;
  /** Per single-valued text field: the code of each row in its string table. */
  textCodes: Record<SingleTextField, Uint32Array>;
  /** Per multi-valued text field (LeiKa keys, Rechtsgrundlagen): the codes of each row. */
  textLists: Record<MultiTextField, CodeLists<Uint32Array>>;
  /** The OZG-ID of each row as a number, ascending: found by binary search. */
  ozgIdNumbers: Float64Array;
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
}

const collator = new Intl.Collator("de", { numeric: true });

/** Values of a controlled field in their canonical order, "" (nicht festgelegt) first as code 0. */
function dictionaryFor(field: ControlledField, rows: readonly Leistung[]): string[] {
  const list = VOCABULARY[field].values;
  if (FIELD_TRAITS[field].facetFrom === "vocabulary") return ["", ...list];
  const present = new Set<string>();
  for (const row of rows) {
    const value = row[field];
    if (Array.isArray(value)) value.forEach((v) => present.add(v));
    else if (value) present.add(value);
  }
  // Values of a known list (the EfA leads) keep the list's order; open lists go by German collation.
  const order = list.length > 0 ? (a: string, b: string) => list.indexOf(a) - list.indexOf(b) : collator.compare;
  return ["", ...[...present].sort(order)];
}

/** Each text ends in a line break, so a search word (never containing one) cannot span two texts. */
function searchText(parts: readonly string[]): string {
  return foldForSearch(parts.join("\n")) + "\n";
}

/** Rows in ascending numeric OZG-ID order (files usually are already; then no sort is needed). */
function byOzgId(rows: readonly Leistung[]): readonly Leistung[] {
  const ids = rows.map((r) => Number(r.ozgId));
  if (ids.every((id, i) => i === 0 || ids[i - 1] < id)) return rows;
  const order = ids.map((_, i) => i).sort((a, b) => ids[a] - ids[b] || rows[a].ozgId.localeCompare(rows[b].ozgId));
  return order.map((i) => rows[i]);
}

/**
 * Searched cells that repeat across rows (the multi-valued ones: Lebenslage, LeiKa keys,
 * Rechtsgrundlagen) are indexed once per distinct combination; the other searched cells
 * (Leistung, Bemerkung) by their words. The OZG-ID, the row's key, is searched by number apart.
 */
const SHARED_SEARCH_FIELDS = FIELD_IDS.filter((f) => FIELD_TRAITS[f].searched && FIELD_TRAITS[f].multiValued) as readonly (
  | MultiControlledField
  | MultiTextField
)[];
const OWN_SEARCH_FIELDS = FIELD_IDS.filter((f) => FIELD_TRAITS[f].searched && !FIELD_TRAITS[f].multiValued && f !== "ozgId") as readonly (
  | SingleTextField
  | SingleControlledField
)[];

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

function textColumns(rows: readonly Leistung[]) {
  const strings = {} as Record<TextField, StringTable>;
  const textCodes = {} as Record<SingleTextField, Uint32Array>;
  const textLists = {} as Record<MultiTextField, CodeLists<Uint32Array>>;
  for (const field of SINGLE_TEXT_FIELDS) {
    const table = new TableBuilder();
    const codes = new Uint32Array(rows.length);
    for (let r = 0; r < rows.length; r++) codes[r] = table.code(rows[r][field]);
    strings[field] = table.build();
    textCodes[field] = codes;
  }
  for (const field of MULTI_TEXT_FIELDS) {
    const table = new TableBuilder();
    const start = new Uint32Array(rows.length + 1);
    const list: number[] = [];
    for (let r = 0; r < rows.length; r++) {
      start[r] = list.length;
      for (const v of rows[r][field]) list.push(table.code(v));
    }
    start[rows.length] = list.length;
    strings[field] = table.build();
    textLists[field] = { start, codes: Uint32Array.from(list) };
  }
  return { strings, textCodes, textLists };
}

/** Indexes the rows of a Stand. */
export function buildDataset(stand: string, inputRows: readonly Leistung[]): Dataset {
  const rows = byOzgId(inputRows);
  const n = rows.length;

  const dictionaries = {} as Record<ControlledField, string[]>;
  for (const field of CONTROLLED_FIELDS) dictionaries[field] = dictionaryFor(field, rows);
  const codes = {} as Record<SingleControlledField, Uint16Array>;
  for (const field of SINGLE_CONTROLLED_FIELDS) codes[field] = singleCodes(rows, field, dictionaries[field]);
  const lists = {} as Record<MultiControlledField, CodeLists>;
  for (const field of MULTI_CONTROLLED_FIELDS) lists[field] = listCodes(rows, field, dictionaries[field]);

  const ownTexts = new Array<string>(n);
  const sharedTexts: string[] = [];
  const sharedByKey = new Map<string, number>();
  const sharedSearchCode = new Uint32Array(n);
  const ozgIdNumbers = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    const sharedParts = SHARED_SEARCH_FIELDS.flatMap((f, i) => (i === 0 ? row[f] : ["", ...row[f]]));
    const sharedKey = sharedParts.join("\n");
    let shared = sharedByKey.get(sharedKey);
    if (shared === undefined) {
      shared = sharedTexts.push(searchText(sharedParts)) - 1;
      sharedByKey.set(sharedKey, shared);
    }
    sharedSearchCode[r] = shared;
    ownTexts[r] = searchText(OWN_SEARCH_FIELDS.map((f) => row[f]));
    ozgIdNumbers[r] = Number(row.ozgId);
  }

  return {
    stand,
    rowCount: n,
    dictionaries,
    codes,
    lists,
    ...textColumns(rows),
    ozgIdNumbers,
    search: buildWordIndex(ownTexts),
    ozgIdText: joinTexts(rows.map((row) => `${row.ozgId}\n`)),
    sharedSearch: joinTexts(sharedTexts),
    sharedSearchCode,
  };
}
