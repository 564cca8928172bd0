/** A query in German words, for the „Info“ sheet of the workbook export. */
import { type Query } from "../query/query";
import { REUSE_FACET_TITLE, REUSE_STAGE_LABELS, stageOrder } from "../reuse-vocabulary/stage";
import { CONTROLLED_FIELDS, FIELDS, type FieldId, valueLabel } from "../vocabulary";

/** "Suche „Einbürgerung“; Themenfeld: Bildung oder Familie & Kind; Phase: Betrieb", or "keine (alle Leistungen)". */
export function filterWords(query: Query): string {
  const parts: string[] = [];
  if (query.q.trim()) parts.push(`Suche „${query.q.trim()}“`);
  if (query.ozgIds.length > 0) parts.push(`OZG-ID: ${query.ozgIds.join(", ")}`);
  for (const field of CONTROLLED_FIELDS) {
    const values = query.filters[field];
    if (!values?.length) continue;
    parts.push(`${FIELDS[field].header}: ${values.map((v) => valueLabel(field, v)).join(" oder ")}`);
  }
  if (query.nachnutzung.length > 0) parts.push(`${REUSE_FACET_TITLE}: ${stageOrder(query.nachnutzung).map((s) => REUSE_STAGE_LABELS[s]).join(" oder ")}`);
  return parts.length > 0 ? parts.join("; ") : "keine (alle Leistungen)";
}

/** "Leistung, absteigend" */
export function sortWords(query: Query): string {
  return `${FIELDS[query.sort.field].header}, ${query.sort.desc ? "absteigend" : "aufsteigend"}`;
}

/** "alle 17" or the headers of the chosen columns. */
export function columnWords(cols: readonly FieldId[], chosen: boolean): string {
  return chosen ? cols.map((f) => FIELDS[f].header).join(", ") : `alle ${cols.length}`;
}
