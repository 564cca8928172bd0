/** The result table as data: its columns with their sort links, the rows and where each row links to. */
import type { Leistung } from "../leistung";
import type { RowMarker } from "../news/markers";
import { DEFAULT_COLUMNS, DEFAULT_SORT, type Query } from "../query/query";
import { leistungHref, overviewHref } from "../routes";
import { FIELDS, type FieldId } from "../vocabulary";

export interface SortLink {
  href: string;
  /** Current state of the column, for aria-sort. */
  state: "ascending" | "descending" | "none";
  /** What following the link does, in German, for its accessible name. */
  action: string;
}

export interface TableColumn {
  field: FieldId;
  header: string;
  sort: SortLink;
}

export interface TableModel {
  columns: TableColumn[];
  rows: Leistung[];
  /** The page of each row's service, by OZG-ID (keeps an older Stand). */
  detailHrefs: Record<string, string>;
  /** Links shown with a row's Leistung (news that name the service), by OZG-ID. */
  markers: Record<string, RowMarker[]>;
  /** Search words, to highlight matches. */
  q: string;
  caption: string;
}

export function tableColumns(query: Query): FieldId[] {
  return [...(query.cols ?? DEFAULT_COLUMNS)];
}

/** Per column: unsorted → ascending → descending → back to the default order. */
export function sortLink(query: Query, field: FieldId): SortLink {
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
  return { href: overviewHref({ ...query, sort: next, page: 1 }), state, action };
}

export function tableModel(query: Query, rows: Leistung[], markers: Record<string, RowMarker[]>, stand: string): TableModel {
  return {
    columns: tableColumns(query).map((field) => ({ field, header: FIELDS[field].header, sort: sortLink(query, field) })),
    rows,
    detailHrefs: Object.fromEntries(rows.map((row) => [row.ozgId, leistungHref(row.ozgId, query.stand)])),
    markers,
    q: query.q,
    caption: `Leistungen, Stand ${stand}`,
  };
}
