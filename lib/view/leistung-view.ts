/**
 * Everything the page of one service shows: its row in the chosen Stand, its history across
 * all published Stände, the news that name it, and where to declare reuse interest.
 * Server only: reads DATA_DIR through the repository.
 */
import { getNews } from "../news/store";
import type { NewsItem } from "../news/schema";
import { newestFirst } from "../news/timeline";
import type { Leistung } from "../overview/schema";
import { type ParamProblem, type SearchParamsInput, parseQuery } from "../query/parse";
import type { Metadata } from "../store/metadata";
import { getDataset, getMetadata, listStaende } from "../store/repository";
import type { FieldId } from "../vocabulary";

/** The fields whose development the history table shows. */
export const HISTORY_FIELDS = ["phase", "prioritaet", "umsetzungsmodell", "reifegrad", "nachnutzbarKommunen", "onlineDienst"] as const satisfies readonly FieldId[];
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface HistoryEntry {
  stand: string;
  /** The service in this Stand, or null when the Stand does not contain it. */
  row: Leistung | null;
  /** Fields that differ from the Stand before (only when both contain the service). */
  changed: HistoryField[];
}

export interface LeistungView {
  ozgId: string;
  /** The Stand shown (requested or newest) and whether it contains the service. */
  stand: string;
  newestStand: string;
  row: Leistung | null;
  /** All Stände, newest first. */
  history: HistoryEntry[];
  news: NewsItem[];
  metadata: Metadata;
  problems: ParamProblem[];
}

/** History newest first; `changed` compares each Stand with the one before it. */
export function historyEntries(byStand: { stand: string; row: Leistung | null }[]): HistoryEntry[] {
  const oldestFirst = [...byStand].sort((a, b) => a.stand.localeCompare(b.stand));
  const entries = oldestFirst.map((entry, i) => {
    const before = i > 0 ? oldestFirst[i - 1].row : null;
    const changed = entry.row && before ? HISTORY_FIELDS.filter((f) => entry.row![f] !== before[f]) : [];
    return { ...entry, changed };
  });
  return entries.reverse();
}

/** The view of one service, or null when no published Stand contains it. */
export async function loadLeistungView(ozgId: string, searchParams: SearchParamsInput): Promise<LeistungView | null> {
  const [staende, metadata, news] = await Promise.all([listStaende(), getMetadata(), getNews()]);
  const parsed = parseQuery(searchParams, { staende });
  const problems = parsed.problems.filter((p) => p.param === "stand");
  const newestStand = staende[staende.length - 1];
  const stand = parsed.query.stand ?? newestStand;
  const byStand = await Promise.all(
    staende.map(async (s) => {
      const dataset = await getDataset(s);
      const index = dataset.rowIndexById.get(ozgId);
      return { stand: s, row: index === undefined ? null : dataset.rows[index] };
    }),
  );
  if (byStand.every((entry) => entry.row === null)) return null;
  return {
    ozgId,
    stand,
    newestStand,
    row: byStand.find((entry) => entry.stand === stand)?.row ?? null,
    history: historyEntries(byStand),
    news: newestFirst(news.items.filter((item) => item.ozgIds.includes(ozgId))),
    metadata,
    problems,
  };
}
