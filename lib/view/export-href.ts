import { type Query, toSearchParams } from "../query/query";
import { FIELD_IDS, type FieldId } from "../vocabulary";

/**
 * The export of exactly this view: same filters, search, sort and columns; no paging. Pass the
 * Stand shown so that the file stays the one seen even when a newer Stand is published meanwhile.
 */
export function exportHref(query: Query, stand?: string, format: "csv" | "xlsx" = "csv"): string {
  const params = toSearchParams(query);
  params.delete("page");
  params.delete("size");
  if (stand) params.set("stand", stand);
  if (format !== "csv") params.set("format", format);
  const search = params.toString();
  return search ? `/api/export?${search}` : "/api/export";
}

/** Columns of the export: the chosen ones, or all 17 of the contract when none were chosen. */
export function exportColumns(query: Pick<Query, "cols">): readonly FieldId[] {
  return query.cols ?? FIELD_IDS;
}
