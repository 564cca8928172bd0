/**
 * The naive query, for comparison in the benchmark: per request, filter the row objects
 * (folding the search text of every row), count each facet by filtering again without its
 * own field, and sort the matches with a collator. What run() avoids by indexing at load time.
 */
import { foldGerman, searchWords } from "../fold";
import type { Leistung } from "../leistung";
import type { Query } from "../query/query";
import { CONTROLLED_FIELDS, type ControlledField, VOCABULARY } from "../vocabulary";

const collator = new Intl.Collator("de", { numeric: true });

function matchesField(row: Leistung, field: ControlledField, values: string[]): boolean {
  const value = row[field];
  if (Array.isArray(value)) return value.length === 0 ? values.includes("") : value.some((v) => values.includes(v));
  return values.includes(value);
}

function matches(row: Leistung, query: Query, words: string[], except?: ControlledField): boolean {
  if (words.length > 0) {
    const text = foldGerman(
      [row.ozgId, row.leistung, ...row.lebenslage, ...row.leikaSchluessel, ...row.rechtsgrundlagen, row.bemerkung].join("\n"),
    );
    if (!words.every((w) => text.includes(w))) return false;
  }
  for (const field of CONTROLLED_FIELDS) {
    const values = query.filters[field];
    if (field !== except && values?.length && !matchesField(row, field, values)) return false;
  }
  return true;
}

function sortValue(row: Leistung, field: keyof Leistung): string {
  const value = row[field];
  return Array.isArray(value) ? value.join("; ") : value;
}

export function naiveQuery(rows: readonly Leistung[], query: Query) {
  const words = searchWords(query.q);
  const hits = rows.filter((row) => matches(row, query, words));
  const facets: Partial<Record<ControlledField, Map<string, number>>> = {};
  for (const field of CONTROLLED_FIELDS) {
    const counts = new Map<string, number>();
    for (const row of rows.filter((r) => matches(r, query, words, field))) {
      const value = row[field];
      for (const v of Array.isArray(value) ? (value.length ? value : [""]) : [value]) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    facets[field] = counts;
  }
  const { field, desc } = query.sort;
  const order = VOCABULARY[field as ControlledField]?.values;
  const compare = (a: Leistung, b: Leistung) => {
    const x = sortValue(a, field);
    const y = sortValue(b, field);
    if (x === "" || y === "") return (x === "" ? 1 : 0) - (y === "" ? 1 : 0);
    const c = order?.length ? order.indexOf(x) - order.indexOf(y) : field === "ozgId" ? Number(x) - Number(y) : collator.compare(x, y);
    return (desc ? -c : c) || Number(a.ozgId) - Number(b.ozgId);
  };
  hits.sort(compare);
  const start = (query.page - 1) * query.size;
  return { total: hits.length, rows: hits.slice(start, start + query.size), facets };
}
