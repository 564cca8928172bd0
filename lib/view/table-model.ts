/** What the table needs besides rows: its columns and a link per column header that sorts. */
import { DEFAULT_COLUMNS, DEFAULT_SORT, type Query, hrefFor } from "../query/query";
import type { FieldId } from "../vocabulary";

export interface SortLink {
  href: string;
  /** Current state of the column, for aria-sort. */
  state: "ascending" | "descending" | "none";
  /** What following the link does, in German, for its accessible name. */
  action: string;
}

export function tableColumns(query: Query): FieldId[] {
  return [...(query.cols ?? DEFAULT_COLUMNS)];
}

/** Per column: sorted → ascending → descending → back to the default order. */
export function tableSortLinks(query: Query, columns: readonly FieldId[]): Record<string, SortLink> {
  const links: Record<string, SortLink> = {};
  for (const field of columns) {
    const active = query.sort.field === field;
    const state = active ? (query.sort.desc ? "descending" : "ascending") : "none";
    const next =
      state === "none"
        ? { field, desc: false }
        : state === "ascending"
          ? { field, desc: true }
          : field === DEFAULT_SORT.field
            ? { field, desc: false }
            : DEFAULT_SORT;
    const action = next.field !== field ? "Sortierung aufheben" : next.desc ? "absteigend sortieren" : "aufsteigend sortieren";
    links[field] = { href: hrefFor("/", { ...query, sort: next, page: 1 }), state, action };
  }
  return links;
}
