/** A query's selection in German words, for feed titles: „Ressort: MI; Themenfeld: Bildung“. */
import { filterParamValue, type Query } from "../query/query";
import { CONTROLLED_FIELDS, FIELDS } from "../vocabulary";

export function selectionLabel(query: Query): string | null {
  const parts: string[] = [];
  if (query.q.trim()) parts.push(`Suche „${query.q.trim()}“`);
  if (query.ozgIds.length) parts.push(`OZG-ID ${query.ozgIds.join(", ")}`);
  for (const field of CONTROLLED_FIELDS) {
    const values = query.filters[field];
    if (values?.length) parts.push(`${FIELDS[field].header}: ${values.map(filterParamValue).join(", ")}`);
  }
  return parts.length ? parts.join("; ") : null;
}
