/**
 * The "Für Kommunen" page: the services municipalities can reuse (Nachnutzbar durch Kommunen:
 * ja), grouped by Themenfeld in vocabulary order, the most advanced first within a group.
 * Server only: reads DATA_DIR through loadOverview.
 */
import type { Leistung } from "../overview/schema";
import { type SearchParamsInput, lastValue } from "../query/params-input";
import { EMPTY_QUERY, type Query, hrefFor, toSearchParams } from "../query/query";
import { matchingRows } from "../query/run";
import { PHASEN, THEMENFELDER } from "../vocabulary";
import { type OverviewView, loadOverview } from "./overview-view";

export interface KommunenGroup {
  themenfeld: string;
  /** The first GROUP_LIMIT services of the group, the most advanced first. */
  rows: Leistung[];
  /** All services of the group. */
  total: number;
  /** The dashboard with this group, for all of them when more than GROUP_LIMIT. */
  href: string;
}

/** Services listed per Themenfeld; a data set with every municipality's rows links to the rest. */
export const GROUP_LIMIT = 50;

export interface KommunenView {
  view: OverviewView;
  groups: KommunenGroup[];
  total: number;
  /** The dashboard with the same selection, to filter further and export. */
  dashboardHref: string;
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
      rows: all.slice(0, GROUP_LIMIT),
      total: all.length,
      href: hrefFor("/", { ...REUSABLE_QUERY, filters: { ...REUSABLE_QUERY.filters, themenfeld: [themenfeld] }, stand }),
    };
  });
}

export async function loadKommunenView(searchParams: SearchParamsInput): Promise<KommunenView> {
  const stand = lastValue(searchParams, "stand");
  const params = toSearchParams(REUSABLE_QUERY);
  if (stand) params.set("stand", stand);
  const view = await loadOverview(params);
  return {
    view,
    groups: groupByThemenfeld(matchingRows(view.dataset, view.result), view.query.stand),
    total: view.result.total,
    dashboardHref: hrefFor("/", { ...REUSABLE_QUERY, stand: view.query.stand }),
  };
}
