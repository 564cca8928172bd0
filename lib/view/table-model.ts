/** The result table as data: its columns with their sort links, the rows and where each row links to. */
import type { ChangedSince } from "../changes/since";
import type { DeadlineBadge } from "../deadlines/deadline";
import { formatDate } from "../format";
import { FIELD_GLOSSARY, JARGON_FIELDS } from "../glossary";
import type { Leistung } from "../leistung";
import type { RowMarker } from "../news/markers";
import { DEFAULT_COLUMNS, DEFAULT_SORT, type Query } from "../query/query";
import { glossaryHref, leistungHref, overviewHref } from "../routes";
import { FIELDS, type FieldId, NOT_SET } from "../vocabulary";

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
  /** The term explained on /glossar, for headers a newcomer would not understand. */
  glossaryHref: string | null;
}

export interface FieldChangeView {
  field: FieldId;
  header: string;
  before: string;
  after: string;
}

/** How a row differs from the Stand of „geändert seit“. */
export interface RowChangeView {
  kind: "neu" | "geaendert";
  /** „neu seit 30.09.2022“ / „geändert seit 30.09.2022“ */
  label: string;
  fields: FieldChangeView[];
}

/** One row of the page as the table draws it. */
export interface TableRow {
  row: Leistung;
  /** The page of the row's service (keeps an older Stand). */
  detailHref: string;
  /** Links shown with the Leistung (an open call for reuse interest, news that name the service). */
  markers: RowMarker[];
  /** Deadlines that concern the service (open, or expired a short while ago). */
  deadlines: DeadlineBadge[];
  /** Deadline links already shown as a marker (the badge then does not link again). */
  markerHrefs: ReadonlySet<string>;
  /** With „geändert seit“: what is new or changed in the row. */
  change: RowChangeView | null;
  /** The fields whose value changed (their cells are marked). */
  changedFields: ReadonlySet<FieldId>;
}

/**
 * The result table, built on the server and drawn by server components: only the links inside
 * it (Next's client-side navigation) reach the browser as components, no row data or renderer.
 */
export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
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

/** The changes of the rows shown, in words a table cell and its tooltip can show. */
export function rowChanges(changes: ChangedSince | null, ozgIds: readonly string[]): Record<string, RowChangeView> {
  if (!changes) return {};
  const since = formatDate(changes.since);
  const out: Record<string, RowChangeView> = {};
  for (const id of ozgIds) {
    const change = changes.changes.get(id);
    if (!change) continue;
    out[id] =
      change.kind === "neu"
        ? { kind: "neu", label: `neu seit ${since}`, fields: [] }
        : {
            kind: "geaendert",
            label: `geändert seit ${since}`,
            fields: change.fields.map((f) => ({ field: f.field, header: FIELDS[f.field].header, before: f.before || NOT_SET, after: f.after || NOT_SET })),
          };
  }
  return out;
}

export interface TableExtras {
  deadlines?: Record<string, DeadlineBadge[]>;
  changes?: ChangedSince | null;
}

export function tableModel(query: Query, rows: Leistung[], markers: Record<string, RowMarker[]>, stand: string, extras: TableExtras = {}): TableModel {
  const ids = rows.map((r) => r.ozgId);
  const changes = rowChanges(extras.changes ?? null, ids);
  const deadlines = extras.deadlines ?? {};
  return {
    columns: tableColumns(query).map((field) => ({
      field,
      header: FIELDS[field].header,
      sort: sortLink(query, field),
      glossaryHref: JARGON_FIELDS.has(field) && FIELD_GLOSSARY[field] ? glossaryHref(FIELD_GLOSSARY[field]!) : null,
    })),
    rows: rows.map((row) => {
      const change = changes[row.ozgId] ?? null;
      const rowMarkers = markers[row.ozgId] ?? [];
      return {
        row,
        detailHref: leistungHref(row.ozgId, query.stand),
        markers: rowMarkers,
        deadlines: deadlines[row.ozgId] ?? [],
        markerHrefs: new Set(rowMarkers.map((m) => m.href)),
        change,
        changedFields: new Set(change?.fields.map((f) => f.field)),
      };
    }),
    q: query.q,
    caption: `Leistungen, Stand ${formatDate(stand)}`,
  };
}
