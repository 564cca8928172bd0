import type { Query } from "../query/query";
import { FIELD_IDS, type FieldId } from "../vocabulary";

/** Columns of the export: the chosen ones, or all 17 of the contract when none were chosen. */
export function exportColumns(query: Pick<Query, "cols">): readonly FieldId[] {
  return query.cols ?? FIELD_IDS;
}
