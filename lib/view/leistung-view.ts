/**
 * Everything the page of one service shows: its row in the chosen Stand, its history across
 * all published Stände, the news that name it, and where to declare reuse interest.
 * Server only: reads DATA_DIR through the repository.
 */
import "server-only";
import { getNews } from "../news/store";
import type { NewsItem } from "../news/schema";
import { newestFirst } from "../news/timeline";
import type { Leistung } from "../leistung";
import type { ParamContext, ParamProblem } from "../params/problem";
import type { ParsedStand } from "../params/stand";
import type { Metadata } from "../store/metadata";
import { HISTORY_FIELDS, type HistoryField, type HistoryRow } from "../overview/history-row";
import { getDataset, getHistoryRow, getMetadata } from "../store/repository";
import { type LeistungReuseModel, loadLeistungReuse } from "./leistung-reuse";

export { HISTORY_FIELDS, type HistoryField } from "../overview/history-row";

export interface HistoryEntry {
  stand: string;
  /** The service in this Stand, or null when the Stand does not contain it. */
  row: HistoryRow | null;
  /** Fields that differ from the Stand before (only when both contain the service). */
  changed: HistoryField[];
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
    return { ...entry, changed };
  });
  return entries.reverse();
}

/** The view of one service, or null when no published Stand contains it. */
export async function loadLeistungView(ozgId: string, request: ParsedStand, context: ParamContext): Promise<LeistungView | null> {
  const { staende } = context;
  const [metadata, news] = await Promise.all([getMetadata(), getNews()]);
  const problems = request.problems;
  const newestStand = staende[staende.length - 1];
  const stand = request.stand ?? newestStand;
  // One Stand after another: each is read at most once, and only if its history is not known yet.
  const byStand: { stand: string; row: HistoryRow | null }[] = [];
  for (const s of staende) byStand.push({ stand: s, row: await getHistoryRow(s, ozgId) });
  if (byStand.every((entry) => entry.row === null)) return null;
  const shown = await getDataset(stand);
  const index = shown.rowIndexById.get(ozgId);
  const newestRow = [...byStand].reverse().find((entry) => entry.row)!.row!;
  const newest = stand === newestStand ? shown : await getDataset(newestStand);
  const newestIndex = newest.rowIndexById.get(ozgId);
  const reuseRow = newestIndex === undefined ? { ozgId, leistung: newestRow.leistung, nachnutzbarKommunen: "" as const } : newest.rows[newestIndex];
  return {
    ozgId,
    title: (index === undefined ? newestRow : shown.rows[index]).leistung,
    stand,
    newestStand,
    row: index === undefined ? null : shown.rows[index],
    history: historyEntries(byStand),
    news: newestFirst(news.items.filter((item) => item.ozgIds.includes(ozgId))),
    metadata,
    problems,
    reuse: await loadLeistungReuse(reuseRow, newest),
  };
}
