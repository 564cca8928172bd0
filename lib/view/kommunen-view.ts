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
import { leistungHref, overviewHref } from "../routes";
import { PHASEN, THEMENFELDER } from "../vocabulary";
import { type ExportLinkModel, exportLink } from "./export-link";
import { loadOverview } from "./overview";

export interface KommunenItem {
  row: Leistung;
  href: string;
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
export function groupByThemenfeld(rows: Iterable<Leistung>, stand: string | null = null): KommunenGroup[] {
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
      href: overviewHref({ ...REUSABLE_QUERY, filters: { ...REUSABLE_QUERY.filters, themenfeld: [themenfeld] }, stand }),
    };
  });
}

export async function loadKommunenView(request: ParsedStand, context: ParamContext): Promise<KommunenView> {
  const newest = context.staende[context.staende.length - 1];
  const stand = request.stand === newest ? null : request.stand;
  const query: Query = { ...REUSABLE_QUERY, stand };
  const view = await loadOverview({ query, problems: request.problems }, context);
  const groups = groupByThemenfeld(matchingRows(view.dataset, view.result), stand);
  const listed = groups.flatMap((g) => g.items.map((i) => i.row.ozgId));
  return {
    stand: view.stand,
    problems: view.problems,
    groups,
    deadlines: deadlineBadges(await serviceDeadlines(listed), newsToday()),
    total: view.result.total,
    dashboardHref: overviewHref(query),
    exportLink: exportLink(query, view.stand, view.result.total),
  };
}
