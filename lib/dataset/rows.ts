/**
 * Rows of a Dataset as objects, made when asked for: the page of the table, one service, the
 * export (one row at a time). Nothing per row stays in memory between requests.
 */
import type { Leistung } from "../leistung";
import { MULTI_CONTROLLED_FIELDS, SINGLE_CONTROLLED_FIELDS } from "../vocabulary";
import { type Dataset, MULTI_TEXT_FIELDS, SINGLE_TEXT_FIELDS } from "./dataset";
import { tableValue } from "./string-table";

/** Row r as a Leistung (multi-value fields as fresh arrays). */
export function rowAt(dataset: Dataset, r: number): Leistung {
  const row = {} as Record<string, string | string[]>;
  for (const field of SINGLE_TEXT_FIELDS) row[field] = tableValue(dataset.strings[field], dataset.textCodes[field][r]);
  for (const field of SINGLE_CONTROLLED_FIELDS) row[field] = dataset.dictionaries[field][dataset.codes[field][r]];
  for (const field of MULTI_CONTROLLED_FIELDS) {
    const { start, codes } = dataset.lists[field];
    const dictionary = dataset.dictionaries[field];
    const values: string[] = [];
    for (let j = start[r]; j < start[r + 1]; j++) values.push(dictionary[codes[j]]);
    row[field] = values;
  }
  for (const field of MULTI_TEXT_FIELDS) {
    const { start, codes } = dataset.textLists[field];
    const table = dataset.strings[field];
    const values: string[] = [];
    for (let j = start[r]; j < start[r + 1]; j++) values.push(tableValue(table, codes[j]));
    row[field] = values;
  }
  return row as Leistung;
}

/** Every row in OZG-ID order, one object at a time. */
export function* allRows(dataset: Dataset): Generator<Leistung> {
  for (let r = 0; r < dataset.rowCount; r++) yield rowAt(dataset, r);
}

/** The OZG-ID of row r. */
export function ozgIdAt(dataset: Dataset, r: number): string {
  return tableValue(dataset.strings.ozgId, dataset.textCodes.ozgId[r]);
}

/** The row index of an OZG-ID, or undefined: binary search over the ascending numeric IDs. */
export function rowIndexOf(dataset: Dataset, ozgId: string): number | undefined {
  if (!/^\d+$/.test(ozgId)) return undefined;
  const target = Number(ozgId);
  const numbers = dataset.ozgIdNumbers;
  let lo = 0;
  let hi = numbers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (numbers[mid] < target) lo = mid + 1;
    else if (numbers[mid] > target) hi = mid - 1;
    else {
      // Equal numbers ("10", "010") sit side by side: find the one written exactly so.
      let first = mid;
      while (first > 0 && numbers[first - 1] === target) first--;
      for (let r = first; r < numbers.length && numbers[r] === target; r++) if (ozgIdAt(dataset, r) === ozgId) return r;
      return undefined;
    }
  }
  return undefined;
}

/** Row r's Leistung (the name), without building the whole row. */
export function leistungAt(dataset: Dataset, r: number): string {
  return tableValue(dataset.strings.leistung, dataset.textCodes.leistung[r]);
}

/** The Leistung (name) of a service, or undefined when the Stand does not list the OZG-ID. */
export function leistungOf(dataset: Dataset, ozgId: string): string | undefined {
  const r = rowIndexOf(dataset, ozgId);
  return r === undefined ? undefined : leistungAt(dataset, r);
}

/** Names of services by OZG-ID, read off the Stand when asked (no map of every row is built). */
export type ServiceNames = Pick<ReadonlyMap<string, string>, "get" | "has">;

export function serviceNames(dataset: Dataset): ServiceNames {
  return { get: (ozgId) => leistungOf(dataset, ozgId), has: (ozgId) => rowIndexOf(dataset, ozgId) !== undefined };
}
