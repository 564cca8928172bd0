/**
 * What /verwaltung/protokoll shows: the filter form (actions with German labels), the entries of
 * the page (time in Europe/Berlin, actor, action, readable details), paging and the export links.
 */
import type { Db } from "../db/schema";
import { formatNumber } from "../format";
import { RECORD_ACTIONS, countRecord, listRecord } from "../record/record";
import { type DetailLine, recordActionLabel, recordDetailLines, recordTime } from "../record/record-details";
import { RECORD_PAGE_SIZE, type RecordFilterParams, parsePageRecordFilter } from "../record/record-filter";
import { recordExportHref, recordHref } from "../routes";

export interface RecordRow {
  id: number;
  time: string;
  /** ISO, for <time dateTime>. */
  at: string;
  actor: string;
  action: string;
  actionLabel: string;
  details: DetailLine[];
}

export interface RecordView {
  params: RecordFilterParams;
  actions: { value: string; label: string }[];
  problems: string[];
  active: boolean;
  total: number;
  totalText: string;
  rows: RecordRow[];
  page: number;
  lastPage: number;
  previous: string | null;
  next: string | null;
  links: { csv: string; xlsx: string; reset: string };
}

export async function loadRecordView(db: Db, search: URLSearchParams): Promise<RecordView> {
  const { params, filter, problems, page } = parsePageRecordFilter(search);
  const [entries, total] = await Promise.all([listRecord(db, filter), countRecord(db, filter)]);
  const lastPage = Math.max(1, Math.ceil(total / RECORD_PAGE_SIZE));
  const active = Object.values(params).some(Boolean);
  return {
    params,
    actions: RECORD_ACTIONS.map((value) => ({ value, label: recordActionLabel(value) })),
    problems,
    active,
    total,
    totalText: `${total === 1 ? "1 Eintrag" : `${formatNumber(total)} Einträge`}${active ? " passen zum Filter" : ""}${total > RECORD_PAGE_SIZE ? `, Seite ${formatNumber(page)} von ${formatNumber(lastPage)}` : ""}.`,
    rows: entries.map((entry) => ({
      id: entry.id,
      time: recordTime(entry.at),
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      actionLabel: recordActionLabel(entry.action),
      details: recordDetailLines(entry),
    })),
    page,
    lastPage,
    previous: page > 1 ? recordHref(params, Math.min(page - 1, lastPage)) : null,
    next: page < lastPage ? recordHref(params, page + 1) : null,
    links: { csv: recordExportHref(params, "csv"), xlsx: recordExportHref(params, "xlsx"), reset: recordHref({}) },
  };
}
