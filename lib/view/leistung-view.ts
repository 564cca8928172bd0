/**
 * Everything the page of one service shows: its row in the chosen Stand, its history across
 * all published Stände, the news that name it, and where to declare reuse interest.
 * Server only: reads DATA_DIR through the repository.
 */
import "server-only";
import { type DeadlineBadge, deadlineBadges } from "../deadlines/deadline";
import { serviceDeadlines } from "../deadlines/service-deadlines";
import { getNews } from "../news/store";
import type { NewsItem } from "../news/schema";
import { newestFirst, newsToday } from "../news/timeline";
import type { Leistung } from "../leistung";
import type { ParamContext, ParamProblem } from "../params/problem";
import type { ParsedStand } from "../params/stand";
import type { Metadata } from "../store/metadata";
import { HISTORY_FIELDS, type HistoryField, type HistoryRow } from "../overview/history-row";
import { getDataset, getHistoryRow, getMetadata } from "../store/repository";
import { rowAt, rowIndexOf } from "../dataset/rows";
import { type LeistungReuseModel, loadLeistungReuse } from "./leistung-reuse";

export { HISTORY_FIELDS, type HistoryField } from "../overview/history-row";

export interface HistoryEntry {
  stand: string;
  /** The service in this Stand, or null when the Stand does not contain it. */
  row: HistoryRow | null;
  /** Fields that differ from the Stand before (only when both contain the service). */
  changed: HistoryField[];
  /** The value each changed field had in the Stand before ("" = nicht festgelegt). */
  before: Partial<Record<HistoryField, string>>;
  /** The Stand compared with, for „vorher“ (null for the oldest). */
  previousStand: string | null;
}

export interface LeistungView {
  ozgId: string;
  /** The service's name in the Stand shown, or in the newest Stand that contains it. */
  title: string;
  /** The Stand shown (requested or newest) and whether it contains the service. */
  stand: string;
  newestStand: string;
  row: Leistung | null;
  /** All Stände, newest first. */
  history: HistoryEntry[];
  news: NewsItem[];
  /** Deadlines that concern the service (news, later reuse calls): open first, then expired ones. */
  deadlines: DeadlineBadge[];
  metadata: Metadata;
  problems: ParamProblem[];
  /** Reuse by Kommunen: the call, the counts, the declaration form (lib/view/leistung-reuse.ts). */
  reuse: LeistungReuseModel;
}

/** History newest first; `changed` compares each Stand with the one before it. */
export function historyEntries(byStand: { stand: string; row: HistoryRow | null }[]): HistoryEntry[] {
  const oldestFirst = [...byStand].sort((a, b) => a.stand.localeCompare(b.stand));
  const entries = oldestFirst.map((entry, i) => {
    const before = i > 0 ? oldestFirst[i - 1].row : null;
    const changed = entry.row && before ? HISTORY_FIELDS.filter((f) => entry.row![f] !== before[f]) : [];
    const values = Object.fromEntries(changed.map((f) => [f, before![f]]));
    return { ...entry, changed, before: values, previousStand: i > 0 ? oldestFirst[i - 1].stand : null };
  });
  return entries.reverse();
}

/** The view of one service, or null when no published Stand contains it. */
export async function loadLeistungView(ozgId: string, request: ParsedStand, context: ParamContext): Promise<LeistungView | null> {
  const { staende } = context;
  const [metadata, news, deadlines] = await Promise.all([getMetadata(), getNews(), serviceDeadlines([ozgId])]);
  const problems = request.problems;
  const newestStand = staende[staende.length - 1];
  const stand = request.stand ?? newestStand;
  // One Stand after another: each is read at most once, and only if its history is not known yet.
  const byStand: { stand: string; row: HistoryRow | null }[] = [];
  for (const s of staende) byStand.push({ stand: s, row: await getHistoryRow(s, ozgId) });
  if (byStand.every((entry) => entry.row === null)) return null;
  const shown = await getDataset(stand);
  const index = rowIndexOf(shown, ozgId);
  const newestRow = [...byStand].reverse().find((entry) => entry.row)!.row!;
  const newest = stand === newestStand ? shown : await getDataset(newestStand);
  const newestIndex = rowIndexOf(newest, ozgId);
  const reuseRow = newestIndex === undefined ? { ozgId, leistung: newestRow.leistung, nachnutzbarKommunen: "" as const } : rowAt(newest, newestIndex);
  return {
    ozgId,
    title: (index === undefined ? newestRow : rowAt(shown, index)).leistung,
    stand,
    newestStand,
    row: index === undefined ? null : rowAt(shown, index),
    history: historyEntries(byStand),
    news: newestFirst(news.items.filter((item) => item.ozgIds.includes(ozgId))),
    deadlines: deadlineBadges(deadlines, newsToday(), { expiredDays: Infinity })[ozgId] ?? [],
    metadata,
    problems,
    reuse: await loadLeistungReuse(reuseRow, newest),
  };
}
