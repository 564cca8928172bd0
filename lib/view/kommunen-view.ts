/**
 * The "Für Kommunen" page: the services municipalities can reuse (Nachnutzbar durch Kommunen:
 * ja), grouped by Themenfeld in vocabulary order, the most advanced first within a group.
 * Server only: reads DATA_DIR through loadOverview.
 */
import "server-only";
import { type DeadlineBadge, deadlineBadges } from "../deadlines/deadline";
import { serviceDeadlines } from "../deadlines/service-deadlines";
import type { Leistung } from "../leistung";
import { newsToday } from "../news/timeline";
import type { ParamContext, ParamProblem } from "../params/problem";
import type { ParsedStand } from "../params/stand";
import { EMPTY_QUERY, type Query } from "../query/query";
import { matchingRows } from "../query/run";
import { kommunenReuseHref, leistungHref, overviewHref } from "../routes";
import { PHASEN, THEMENFELDER } from "../vocabulary";
import { type ExportLinkModel, exportLink } from "./export-link";
import { loadOverview } from "./overview";
import { formatLongDate } from "../format";
import { getNews } from "../news/store";
import { type ReuseCall, callForService, callState, daysLeftText, openCalls } from "../reuse/call-state";
import { serviceReuse } from "../reuse/public";
import { REUSE_STAGE_CODES, type ReuseStage } from "../reuse-vocabulary/stage";
import { type ServiceReuse, activeCount } from "../reuse/statistics";
import { getDataset } from "../store/repository";
import { serviceNames } from "../dataset/rows";
import { type CallModel, callModel } from "./reuse-public";

export interface KommunenItem {
  row: Leistung;
  href: string;
  /** Who reuses it and its open call (loadKommunenView adds it). */
  reuse?: ItemReuse;
}

export interface ItemReuse {
  /** Kommunen at „Vereinbarung geschlossen“ or later. */
  kommunen: string[];
  /** Kommunen with a confirmed declaration, not withdrawn. */
  interested: number;
  /** The open call naming the service: „noch 5 Tage (bis 21. November 2022)“. */
  call: string | null;
}

export interface KommunenGroup {
  themenfeld: string;
  /** The first GROUP_LIMIT services of the group, the most advanced first. */
  items: KommunenItem[];
  /** All services of the group. */
  total: number;
  /** The dashboard with this group, for all of them when more than GROUP_LIMIT. */
  href: string;
}

/** Services listed per Themenfeld; a data set with every municipality's rows links to the rest. */
export const GROUP_LIMIT = 50;

export interface KommunenView {
  stand: string;
  problems: ParamProblem[];
  /** The open calls, soonest deadline first. */
  calls: CallModel[];
  /** The filter „von anderen Kommunen nachgenutzt“: on or off, the link that toggles it, how many services it keeps. */
  reuseFilter: { active: boolean; href: string; count: number };
  groups: KommunenGroup[];
  total: number;
  /** The dashboard with the same selection, to filter further and export. */
  dashboardHref: string;
  exportLink: ExportLinkModel;
  /** Deadlines of the listed services (open, or expired a short while ago), by OZG-ID. */
  deadlines: Record<string, DeadlineBadge[]>;
}

export const REUSABLE_QUERY: Query = { ...EMPTY_QUERY, filters: { nachnutzbarKommunen: ["ja"] } };

/** Groups by Themenfeld (vocabulary order); within a group by phase, Betrieb first, then by name. */
export function groupByThemenfeld(rows: Iterable<Leistung>, stand: string | null = null, base: Query = REUSABLE_QUERY): KommunenGroup[] {
  const byField = new Map<string, Leistung[]>();
  for (const row of rows) {
    const list = byField.get(row.themenfeld) ?? [];
    list.push(row);
    byField.set(row.themenfeld, list);
  }
  const phaseRank = (row: Leistung) => PHASEN.length - 1 - PHASEN.indexOf(row.phase);
  return THEMENFELDER.filter((t) => byField.has(t)).map((themenfeld) => {
    const all = byField.get(themenfeld)!.sort((a, b) => phaseRank(a) - phaseRank(b) || a.leistung.localeCompare(b.leistung, "de"));
    return {
      themenfeld,
      items: all.slice(0, GROUP_LIMIT).map((row) => ({ row, href: leistungHref(row.ozgId, stand) })),
      total: all.length,
      href: overviewHref({ ...base, filters: { ...base.filters, themenfeld: [themenfeld] }, stand }),
    };
  });
}

/** The reuse facts of one listed service. */
function itemReuse(reuse: ServiceReuse, call: ReuseCall | null, today: string): ItemReuse {
  const state = call && callState(call, today);
  return {
    kommunen: reuse.kommunen,
    interested: activeCount(reuse.counts),
    call: state?.open ? `${daysLeftText(state.daysLeft)} (bis ${formatLongDate(call!.frist)})` : null,
  };
}

export async function loadKommunenView(request: ParsedStand, context: ParamContext, stages: readonly ReuseStage[] = []): Promise<KommunenView> {
  const newest = context.staende[context.staende.length - 1];
  const stand = request.stand === newest ? null : request.stand;
  const query: Query = { ...REUSABLE_QUERY, nachnutzung: [...stages], stand };
  const view = await loadOverview({ query, problems: request.problems }, context);
  const today = newsToday();
  const { reuse } = view;
  const [news, newestDataset] = await Promise.all([getNews(), getDataset(newest)]);
  const names = serviceNames(newestDataset);
  const groups = groupByThemenfeld(matchingRows(view.dataset, view.result), stand, query).map((group) => ({
    ...group,
    items: group.items.map((item) => ({ ...item, reuse: itemReuse(serviceReuse(reuse, item.row.ozgId), callForService(reuse.calls, item.row.ozgId, today), today) })),
  }));
  const listed = groups.flatMap((g) => g.items.map((i) => i.row.ozgId));
  const active = stages.includes("nachgenutzt");
  return {
    stand: view.stand,
    problems: view.problems,
    calls: openCalls(reuse.calls, today).map((c) => callModel(c, today, news.items, names)),
    reuseFilter: {
      active,
      href: kommunenReuseHref(active ? stages.filter((s) => s !== "nachgenutzt") : [...stages, "nachgenutzt"], stand),
      count: view.result.derivedCounts[0][REUSE_STAGE_CODES.nachgenutzt],
    },
    groups,
    deadlines: deadlineBadges(await serviceDeadlines(listed), today),
    total: view.result.total,
    dashboardHref: overviewHref(query),
    exportLink: exportLink(query, view.stand, view.result.total),
  };
}
