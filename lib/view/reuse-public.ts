/**
 * Reuse on the public pages, as data: a call with its days left (or „Abfrage beendet“), a
 * service's counts per status and the Kommunen named, the table markers of open calls. Built
 * from the public snapshot (lib/reuse/public.ts): no contact data can reach a page from here.
 */
import { formatLongDate } from "../format";
import type { NewsItem } from "../news/schema";
import type { RowMarker } from "../news/markers";
import { type ReuseCall, callForService, callState, daysLeftText } from "../reuse/call-state";
import { REUSE_STATUSES, type ReuseStatus, statusLabel } from "../reuse-vocabulary/status";
import type { ServiceReuse } from "../reuse/statistics";
import { leistungHref, newsItemHref, reuseFormHref } from "../routes";
import { type ServiceNames } from "../dataset/rows";

export interface CallModel {
  id: string;
  text: string;
  frist: string;
  fristText: string;
  open: boolean;
  /** „noch 5 Tage“, „endet heute“, or „Abfrage beendet“. */
  stateText: string;
  news: { href: string; title: string } | null;
  services: { ozgId: string; leistung: string; href: string }[];
}

export function callModel(call: ReuseCall, today: string, news: readonly NewsItem[], names: ServiceNames): CallModel {
  const state = callState(call, today);
  const item = call.newsSlug ? news.find((n) => n.slug === call.newsSlug) : undefined;
  return {
    id: call.id,
    text: call.text,
    frist: call.frist,
    fristText: formatLongDate(call.frist),
    open: state.open,
    stateText: state.open ? daysLeftText(state.daysLeft) : "Abfrage beendet",
    news: item ? { href: newsItemHref(item.slug), title: item.shortTitle ?? item.title } : null,
    services: call.ozgIds.filter((id) => names.has(id)).map((ozgId) => ({ ozgId, leistung: names.get(ozgId)!, href: leistungHref(ozgId) })),
  };
}

export interface ReuseStatisticsModel {
  /** Confirmed statuses with their counts, in order (zeros included, so the scale is visible). */
  rows: { status: ReuseStatus; label: string; count: number }[];
  /** Declarations not confirmed yet. */
  unconfirmed: number;
  /** Kommunen counted with a confirmed declaration (withdrawn ones included). */
  total: number;
  kommunen: string[];
  /** One sentence for screen readers and the summary line. */
  summary: string;
}

export function statisticsModel(reuse: ServiceReuse): ReuseStatisticsModel {
  const confirmed = REUSE_STATUSES.filter((s) => s !== "unbestaetigt");
  const rows = confirmed.map((status) => ({ status, label: statusLabel(status), count: reuse.counts[status] }));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const kommunenText = total === 1 ? "1 Kommune hat" : `${total} Kommunen haben`;
  const summary =
    total === 0
      ? "Noch keine Kommune hat ihr Interesse an dieser Leistung bestätigt."
      : `${kommunenText} Interesse an dieser Leistung bestätigt; ${reuse.kommunen.length} davon mit geschlossener Vereinbarung oder weiter.`;
  return { rows, unconfirmed: reuse.counts.unbestaetigt, total, kommunen: reuse.kommunen, summary };
}

/** The marker of a service's call in the table: „Abfrage: noch 5 Tage“ (only open calls). */
export function callMarkers(calls: readonly ReuseCall[], ozgIds: readonly string[], today: string): Record<string, RowMarker[]> {
  const markers: Record<string, RowMarker[]> = {};
  for (const ozgId of ozgIds) {
    const call = callForService(calls, ozgId, today);
    if (!call) continue;
    const state = callState(call, today);
    if (!state.open) continue;
    markers[ozgId] = [{ href: reuseFormHref(ozgId), label: `Abfrage zur Nachnutzung: ${daysLeftText(state.daysLeft)} (bis ${formatLongDate(call.frist)})` }];
  }
  return markers;
}

/** Markers of the same rows together, in the order of the lists (a call's before the news: it asks to act). */
export function mergeMarkers(...lists: Record<string, RowMarker[]>[]): Record<string, RowMarker[]> {
  const merged: Record<string, RowMarker[]> = {};
  for (const list of lists) for (const [id, markers] of Object.entries(list)) merged[id] = [...(merged[id] ?? []), ...markers];
  return merged;
}
