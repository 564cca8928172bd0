/**
 * Sort orders of a Dataset. Rows are stored in OZG-ID order, so a stable counting sort by a
 * per-row rank gives "by field, ties by OZG-ID" in linear time. Empty cells ("nicht
 * festgelegt") come last in both directions, as in Excel.
 */
import { type ControlledField, type FieldId, isControlledField, isMultiValued } from "../vocabulary";
import type { Dataset } from "./dataset";

const collator = new Intl.Collator("de", { numeric: true });

/** Rank of each row (0 = first) and the number of distinct ranks; empty cells get the last rank. */
interface Ranks {
  rank: Uint32Array;
  /** Ranks of non-empty values are 0 .. valueRanks-1; empty cells have rank valueRanks. */
  valueRanks: number;
}

function ranksOfControlled(dataset: Dataset, field: ControlledField): Ranks {
  if (isMultiValued(field)) return ranksOfText(dataset, field);
  const n = dataset.rows.length;
  const rank = new Uint32Array(n);
  const codes = dataset.codes[field];
  // Code 0 is "" (nicht festgelegt); codes 1.. follow the vocabulary order.
  const valueRanks = dataset.dictionaries[field].length - 1;
  for (let r = 0; r < n; r++) rank[r] = codes[r] === 0 ? valueRanks : codes[r] - 1;
  return { rank, valueRanks };
}

function textKey(value: string | string[]): string {
  return Array.isArray(value) ? value.join("; ") : value;
}

function ranksOfText(dataset: Dataset, field: FieldId): Ranks {
  const n = dataset.rows.length;
  const keys = new Array<string>(n);
  const distinct = new Set<string>();
  for (let r = 0; r < n; r++) {
    keys[r] = textKey(dataset.rows[r][field]);
    if (keys[r] !== "") distinct.add(keys[r]);
  }
  const sorted = [...distinct].sort(collator.compare);
  // Texts the collation holds equal ("Antrag 1" and "Antrag 01", a soft hyphen) share a rank: ties go by OZG-ID.
  const rankOf = new Map<string, number>();
  let ranks = 0;
  sorted.forEach((v, i) => {
    if (i > 0 && collator.compare(sorted[i - 1], v) !== 0) ranks++;
    rankOf.set(v, ranks);
  });
  const valueRanks = sorted.length === 0 ? 0 : ranks + 1;
  const rank = new Uint32Array(n);
  for (let r = 0; r < n; r++) rank[r] = keys[r] === "" ? valueRanks : rankOf.get(keys[r])!;
  return { rank, valueRanks };
}

export function buildSortOrder(dataset: Dataset, field: FieldId, desc: boolean): Uint32Array {
  const n = dataset.rows.length;
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

/** Built orders per Dataset and sort key; they live as long as the Dataset does. */
const cache = new WeakMap<Dataset, Map<string, Uint32Array>>();

/** Row order for a field (descending when `desc`), built on first use and kept beside the Dataset. */
export function sortOrder(dataset: Dataset, field: FieldId, desc: boolean): Uint32Array {
  let orders = cache.get(dataset);
  if (!orders) cache.set(dataset, (orders = new Map()));
  const key = (desc ? "-" : "") + field;
  let order = orders.get(key);
  if (!order) orders.set(key, (order = buildSortOrder(dataset, field, desc)));
  return order;
}
