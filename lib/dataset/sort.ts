/**
 * Sort orders of a Dataset. Rows are stored in OZG-ID order, so a stable counting sort by a
 * per-row rank gives "by field, ties by OZG-ID" in linear time. Empty cells ("nicht
 * festgelegt") come last in both directions, as in Excel.
 */
import { type ControlledField, FIELD_IDS, type FieldId, type MultiValueField, isControlledField, isMultiValued } from "../vocabulary";
import type { Dataset, TextField } from "./dataset";
import { tableValue, tableValues } from "./string-table";
import { processShared } from "../process-shared";

const collator = new Intl.Collator("de", { numeric: true });

/** Rank of each row (0 = first) and the number of distinct ranks; empty cells get the last rank. */
interface Ranks {
  rank: Uint32Array;
  /** Ranks of non-empty values are 0 .. valueRanks-1; empty cells have rank valueRanks. */
  valueRanks: number;
}

function ranksOfControlled(dataset: Dataset, field: ControlledField): Ranks {
  if (isMultiValued(field)) return ranksOfKeys(dataset, listKeys(dataset, field));
  const n = dataset.rowCount;
  const rank = new Uint32Array(n);
  const codes = dataset.codes[field];
  // Code 0 is "" (nicht festgelegt); codes 1.. follow the vocabulary order.
  const valueRanks = dataset.dictionaries[field].length - 1;
  for (let r = 0; r < n; r++) rank[r] = codes[r] === 0 ? valueRanks : codes[r] - 1;
  return { rank, valueRanks };
}

/** Ranks of distinct texts in German collation; texts the collation holds equal share a rank. */
function rankTexts(values: readonly string[]): { rankOf: Uint32Array; valueRanks: number; empty: number } {
  const order = values.map((_, i) => i).filter((i) => values[i] !== "");
  order.sort((a, b) => collator.compare(values[a], values[b]));
  const rankOf = new Uint32Array(values.length);
  // "Antrag 1" and "Antrag 01", a soft hyphen: equal under the collation, so ties go by OZG-ID.
  let ranks = 0;
  order.forEach((code, i) => {
    if (i > 0 && collator.compare(values[order[i - 1]], values[code]) !== 0) ranks++;
    rankOf[code] = ranks;
  });
  const valueRanks = order.length === 0 ? 0 : ranks + 1;
  values.forEach((v, i) => v === "" && (rankOf[i] = valueRanks));
  return { rankOf, valueRanks, empty: valueRanks };
}

/** Per row a code into `texts`: the row's values of a multi-valued field joined with "; ". */
interface RowKeys {
  texts: string[];
  codeOfRow: Uint32Array;
}

function listKeys(dataset: Dataset, field: MultiValueField): RowKeys {
  const { start, codes } = isControlledField(field) ? dataset.lists[field] : dataset.textLists[field];
  const valueOf = isControlledField(field)
    ? (code: number) => dataset.dictionaries[field][code]
    : (code: number) => tableValue(dataset.strings[field], code);
  const texts: string[] = [];
  const byKey = new Map<string, number>();
  const codeOfRow = new Uint32Array(dataset.rowCount);
  for (let r = 0; r < dataset.rowCount; r++) {
    const key = Array.from(codes.subarray(start[r], start[r + 1])).join(",");
    let code = byKey.get(key);
    if (code === undefined) {
      code = texts.push(Array.from(codes.subarray(start[r], start[r + 1]), valueOf).join("; ")) - 1;
      byKey.set(key, code);
    }
    codeOfRow[r] = code;
  }
  return { texts, codeOfRow };
}

function ranksOfKeys(dataset: Dataset, keys: RowKeys): Ranks {
  const { rankOf, valueRanks } = rankTexts(keys.texts);
  const rank = new Uint32Array(dataset.rowCount);
  for (let r = 0; r < dataset.rowCount; r++) rank[r] = rankOf[keys.codeOfRow[r]];
  return { rank, valueRanks };
}

function ranksOfText(dataset: Dataset, field: TextField): Ranks {
  if (isMultiValued(field)) return ranksOfKeys(dataset, listKeys(dataset, field));
  return ranksOfKeys(dataset, { texts: tableValues(dataset.strings[field]), codeOfRow: dataset.textCodes[field] });
}

export function buildSortOrder(dataset: Dataset, field: FieldId, desc: boolean): Uint32Array {
  const n = dataset.rowCount;
  if (field === "ozgId") {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = desc ? n - 1 - i : i;
    return order;
  }
  const { rank, valueRanks } = isControlledField(field) ? ranksOfControlled(dataset, field) : ranksOfText(dataset, field);
  if (desc) for (let r = 0; r < n; r++) if (rank[r] < valueRanks) rank[r] = valueRanks - 1 - rank[r];

  // Stable counting sort: rows of equal rank keep their OZG-ID order.
  const start = new Uint32Array(valueRanks + 2);
  for (let r = 0; r < n; r++) start[rank[r] + 1]++;
  for (let k = 1; k < start.length; k++) start[k] += start[k - 1];
  const order = new Uint32Array(n);
  for (let r = 0; r < n; r++) order[start[rank[r]]++] = r;
  return order;
}

/**
 * Built orders per Dataset and sort key; they live as long as the Dataset does. One map per
 * process: Next bundles pages and route handlers separately, and the Dataset that
 * one bundle loaded (repository.ts shares it) must find the orders primed for it in another.
 */
const cache = processShared("sort-orders", () => new WeakMap<Dataset, Map<string, Uint32Array>>());

/** Row order for a field (descending when `desc`), built on first use and kept beside the Dataset. */
export function sortOrder(dataset: Dataset, field: FieldId, desc: boolean): Uint32Array {
  let orders = cache.get(dataset);
  if (!orders) cache.set(dataset, (orders = new Map()));
  const key = sortKeyName(field, desc);
  let order = orders.get(key);
  if (!order) orders.set(key, (order = buildSortOrder(dataset, field, desc)));
  return order;
}

/** Every sort key: each field ascending and descending. */
export const SORT_KEYS: readonly { field: FieldId; desc: boolean }[] = FIELD_IDS.flatMap((field) => [
  { field, desc: false },
  { field, desc: true },
]);

export function sortKeyName(field: FieldId, desc: boolean): string {
  return (desc ? "-" : "") + field;
}

/** Builds every order (a prepared snapshot holds them all, so no request ever builds one). */
export function allSortOrders(dataset: Dataset): Map<string, Uint32Array> {
  for (const { field, desc } of SORT_KEYS) sortOrder(dataset, field, desc);
  return cache.get(dataset)!;
}

/** Hands orders read from a snapshot (or built in another thread) to the cache. */
export function primeSortOrders(dataset: Dataset, orders: Iterable<[string, Uint32Array]>): void {
  cache.set(dataset, new Map(orders));
}

/**
 * The orders built or read so far for a Dataset. They live beside it in this thread only: a
 * Dataset sent from a worker thread arrives without them, so they travel with it
 * (lib/store/stand-file.ts) and are primed again on arrival.
 */
export function sortOrdersOf(dataset: Dataset): [string, Uint32Array][] {
  return [...(cache.get(dataset) ?? [])];
}
