import { type Query, toSearchParams } from "../query/query";

/** The export of exactly this view: same filters, search, sort, Stand and columns; no paging. */
export function exportHref(query: Query): string {
  const params = toSearchParams(query);
  params.delete("page");
  params.delete("size");
  const search = params.toString();
  return search ? `/api/export?${search}` : "/api/export";
}
