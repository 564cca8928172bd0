/**
 * A Stand prepared for queries, built once at load time: rows in OZG-ID order, controlled
 * columns dictionary-encoded, search text folded into one string, sort orders built on demand
 * and kept. A query is then one pass over typed arrays (see run.ts).
 */
import { foldForSearch } from "../fold";
import type { Leistung } from "../overview/schema";
import {
  CONTROLLED_FIELDS,
  type ControlledField,
  FEDERFUEHRUNGEN,
  type FieldId,
  VOCABULARY,
  facetFromData,
} from "../vocabulary";
import { type SearchText, type WordIndex, buildWordIndex, joinTexts } from "./search-index";
import { buildSortOrder } from "./sort";

/** Controlled fields with exactly one value per row. */
export type SingleControlledField = Exclude<ControlledField, "lebenslage">;
export const SINGLE_CONTROLLED_FIELDS = CONTROLLED_FIELDS.filter(
  (f): f is SingleControlledField => f !== "lebenslage",
);

export interface Dataset {
  stand: string;
  /** Rows in ascending numeric OZG-ID order; row index = position here. */
  rows: readonly Leistung[];
  /** Per controlled field: code → value. Code 0 is always "" (nicht festgelegt). */
  dictionaries: Record<ControlledField, readonly string[]>;
  /** Per single-valued controlled field: the code of each row. */
  codes: Record<SingleControlledField, Uint16Array>;
  /** Lebenslage codes of row r: lebenslageCodes[lebenslageStart[r] .. lebenslageStart[r + 1]). */
  lebenslageStart: Uint32Array;
  lebenslageCodes: Uint16Array;
  /** The words of each row's own text cells (Leistung, Bemerkung), folded, with their rows. */
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
  /** Row order for a sort key (field id, "-" prefix descending); built on first use. */
  sortOrder(sort: string): Uint32Array;
}

const collator = new Intl.Collator("de", { numeric: true });

/** Values of a controlled field in their canonical order, "" (nicht festgelegt) first as code 0. */
function dictionaryFor(field: ControlledField, rows: readonly Leistung[]): string[] {
  if (!facetFromData(field)) return ["", ...VOCABULARY[field].values];
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

/** The first row seen with the same Lebenslagen, LeiKa keys and Rechtsgrundlagen, and its search code. */
interface SharedCells {
  code: number;
  row: Leistung;
}

/** Indexes the rows of a Stand. Takes ownership of the row objects (repeated lists are shared). */
export function buildDataset(stand: string, inputRows: readonly Leistung[]): Dataset {
  const rows = byOzgId(inputRows);
  const n = rows.length;

  const dictionaries = {} as Record<ControlledField, string[]>;
  for (const field of CONTROLLED_FIELDS) dictionaries[field] = dictionaryFor(field, rows);

  const codes = {} as Record<SingleControlledField, Uint16Array>;
  for (const field of SINGLE_CONTROLLED_FIELDS) {
    const codeOf = new Map(dictionaries[field].map((v, i) => [v, i]));
    const column = new Uint16Array(n);
    let previousValue = "";
    let previousCode = 0;
    for (let r = 0; r < n; r++) {
      const value = rows[r][field];
      // Neighbouring rows often share a value; skip the map lookup then.
      if (value !== previousValue) {
        previousValue = value;
        previousCode = codeOf.get(value) ?? 0;
      }
      column[r] = previousCode;
    }
    codes[field] = column;
  }

  const lebenslageCode = new Map(dictionaries.lebenslage.map((v, i) => [v, i]));
  const lebenslageStart = new Uint32Array(n + 1);
  const lebenslageList: number[] = [];
  const ownTexts = new Array<string>(n);
  const sharedTexts: string[] = [];
  const sharedByKey = new Map<string, SharedCells>();
  const sharedSearchCode = new Uint32Array(n);
  const rowIndexById = new Map<string, number>();
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    const sharedParts = [...row.lebenslage, "", ...row.leikaSchluessel, "", ...row.rechtsgrundlagen];
    const sharedKey = sharedParts.join("\n");
    let shared = sharedByKey.get(sharedKey);
    if (shared) {
      // Hold repeated lists once in memory: rows are immutable from here on.
      row.lebenslage = shared.row.lebenslage;
      row.leikaSchluessel = shared.row.leikaSchluessel;
      row.rechtsgrundlagen = shared.row.rechtsgrundlagen;
    } else {
      shared = { code: sharedTexts.push(searchText(sharedParts)) - 1, row };
      sharedByKey.set(sharedKey, shared);
    }
    sharedSearchCode[r] = shared.code;
    lebenslageStart[r] = lebenslageList.length;
    for (const v of row.lebenslage) lebenslageList.push(lebenslageCode.get(v)!);
    ownTexts[r] = searchText([row.leistung, row.bemerkung]);
    rowIndexById.set(row.ozgId, r);
  }
  lebenslageStart[n] = lebenslageList.length;

  const dataset: Dataset = {
    stand,
    rows,
    dictionaries,
    codes,
    lebenslageStart,
    lebenslageCodes: Uint16Array.from(lebenslageList),
    search: buildWordIndex(ownTexts),
    ozgIdText: joinTexts(rows.map((row) => `${row.ozgId}\n`)),
    sharedSearch: joinTexts(sharedTexts),
    sharedSearchCode,
    rowIndexById,
    sortOrder: () => {
      throw new Error("not initialised");
    },
  };
  const sortCache = new Map<string, Uint32Array>();
  dataset.sortOrder = (sort: string) => {
    let order = sortCache.get(sort);
    if (!order) {
      const desc = sort.startsWith("-");
      order = buildSortOrder(dataset, (desc ? sort.slice(1) : sort) as FieldId, desc);
      sortCache.set(sort, order);
    }
    return order;
  };
  return dataset;
}
