/**
 * Everything the Ressort pages show: one ministry's services by phase and priority (the same
 * chart series as the dashboard), its high-priority services not yet in Betrieb, what moved
 * since the previous Stand, and the nine ministries with their counts for the index.
 * Server only: reads DATA_DIR through loadOverview and the repository.
 */
import "server-only";
import { type ChangedLeistung, type PhaseChange, diffDatasets, phaseChanges, ressortScope } from "../changes/diff";
import type { BarChartModel, PhaseChartModel } from "../charts/model";
import { barChart, phaseChart, phaseStackTabs } from "../charts/series";
import type { Dataset } from "../dataset/dataset";
import { facetCodes } from "../facets/options";
import type { Leistung } from "../leistung";
import { previousStand } from "../params/compare";
import type { ParamContext, ParamProblem } from "../params/problem";
import type { ParsedStand } from "../params/stand";
import { EMPTY_QUERY, MAX_PAGE_SIZE, type Query } from "../query/query";
import { matchingRows, runQuery } from "../query/run";
import { changesApiHref, leistungHref, overviewHref, ressortHref, ressortsHref } from "../routes";
import { getDataset } from "../store/repository";
import { PHASEN, RESSORT_NAMES, type RessortKuerzel } from "../vocabulary";
import { SHOWN_CHANGES } from "./changes-view";
import { type ExportLinkModel, exportLink } from "./export-link";
import { loadOverview } from "./overview";


/** The changes of one Ressort's services between the previous Stand and the shown one. */
export interface RessortChanges {
  from: string;
  to: string;
  phaseChanges: PhaseChange[];
  added: Leistung[];
  removed: Leistung[];
  /** Changes of fields other than the phase (Ressort, Priorität, Reifegrad, …). */
  otherChanges: ChangedLeistung[];
  /** True when a list was cut at SHOWN_CHANGES (large data sets); the JSON has all. */
  shortened: boolean;
}

/** High-priority services listed on the page; the dashboard link shows all of them. */
export const OPEN_LISTED = 100;

export interface RessortView {
  kuerzel: RessortKuerzel;
  name: string;
  stand: string;
  isNewest: boolean;
  /** The Stand in links (null for the newest). */
  standQuery: string | null;
  /** The same Ressort in every other Stand, newest first. */
  otherStaende: { stand: string; isNewest: boolean; href: string }[];
  indexHref: string;
  problems: ParamProblem[];
  exportLink: ExportLinkModel;
  total: number;
  phase: PhaseChartModel;
  prioritaet: BarChartModel;
  /** Priorität hoch and not (yet) in Betrieb: the first OPEN_LISTED, least advanced first, then by OZG-ID. */
  openHighPriority: { row: Leistung; href: string }[];
  openHighPriorityTotal: number;
  /** The dashboard showing exactly `openHighPriority`. */
  openHighPriorityHref: string;
  dashboardHref: string;
  /** Null for the oldest Stand: nothing to compare with. */
  changes: RessortChanges | null;
  /** All changes between the same two Stände, as JSON. */
  changesApiHref: string | null;
}

const NOT_IN_BETRIEB = PHASEN.filter((p) => p !== "Betrieb");

function ressortChanges(before: Dataset, after: Dataset, kuerzel: RessortKuerzel): RessortChanges {
  const diff = diffDatasets(before, after, ressortScope(kuerzel));
  const otherChanges = diff.changed
    .map((c) => ({ ...c, fields: c.fields.filter((f) => f.field !== "phase") }))
    .filter((c) => c.fields.length > 0);
  const lists = { phaseChanges: phaseChanges(diff), added: diff.added, removed: diff.removed, otherChanges };
  const shortened = Object.values(lists).some((list) => list.length > SHOWN_CHANGES);
  return {
    from: diff.from,
    to: diff.to,
    phaseChanges: lists.phaseChanges.slice(0, SHOWN_CHANGES),
    added: lists.added.slice(0, SHOWN_CHANGES),
    removed: lists.removed.slice(0, SHOWN_CHANGES),
    otherChanges: lists.otherChanges.slice(0, SHOWN_CHANGES),
    shortened,
  };
}

/** Only `stand` of the page's parameters counts; the rest of the view is fixed by the Ressort. */
export async function loadRessortView(kuerzel: RessortKuerzel, request: ParsedStand, context: ParamContext): Promise<RessortView> {
  const stand = request.stand === context.staende[context.staende.length - 1] ? null : request.stand;
  const query: Query = { ...EMPTY_QUERY, filters: { ressort: [kuerzel] }, stand };
  const stackBy = ["umsetzungsmodell"] as const;
  const view = await loadOverview({ query, problems: request.problems }, context, { crossTabs: phaseStackTabs(stackBy) });
  const { dataset, result } = view;
  const source = { dataset, query, result };

  const openQuery: Query = {
    ...query,
    filters: { ressort: [kuerzel], prioritaet: ["hoch"], phase: [...NOT_IN_BETRIEB] },
    sort: { field: "phase", desc: false },
    size: MAX_PAGE_SIZE,
  };
  const open = runQuery(dataset, openQuery);

  const previous = previousStand(view.staende, view.stand);
  const changes = previous ? ressortChanges(await getDataset(previous), dataset, kuerzel) : null;

  return {
    kuerzel,
    name: RESSORT_NAMES[kuerzel],
    stand: view.stand,
    isNewest: view.stand === view.newestStand,
    standQuery: stand,
    otherStaende: [...view.staende]
      .reverse()
      .filter((s) => s !== view.stand)
      .map((s) => ({ stand: s, isNewest: s === view.newestStand, href: ressortHref(kuerzel, s === view.newestStand ? null : s) })),
    indexHref: ressortsHref(stand),
    problems: view.problems,
    exportLink: exportLink(query, view.stand, result.total),
    total: result.total,
    phase: phaseChart(source, stackBy),
    prioritaet: barChart(source, "prioritaet"),
    openHighPriority: [...matchingRows(dataset, open)].slice(0, OPEN_LISTED).map((row) => ({ row, href: leistungHref(row.ozgId, stand) })),
    openHighPriorityTotal: open.total,
    openHighPriorityHref: overviewHref({ ...openQuery, sort: EMPTY_QUERY.sort, size: EMPTY_QUERY.size }),
    dashboardHref: overviewHref(query),
    changes,
    changesApiHref: previous ? changesApiHref(previous, view.stand) : null,
  };
}

/** One row of the Ressort index. */
export interface RessortSummaryRow {
  kuerzel: RessortKuerzel;
  name: string;
  href: string;
  total: number;
  inBetrieb: number;
  openHighPriority: number;
}

export interface RessortIndexView {
  stand: string;
  isNewest: boolean;
  problems: ParamProblem[];
  ressorts: RessortSummaryRow[];
  /** Services without a Ressort, and the dashboard showing them. */
  unassigned: number;
  unassignedHref: string;
  total: number;
}

/** The nine Ressorts with their numbers in one Stand (`?stand=` as on the dashboard). */
export async function loadRessortIndex(request: ParsedStand, context: ParamContext): Promise<RessortIndexView> {
  const stand = request.stand === context.staende[context.staende.length - 1] ? null : request.stand;
  const byPhaseTab = { crossTabs: [{ rowField: "ressort", colField: "phase" }] } as const;
  const view = await loadOverview({ query: { ...EMPTY_QUERY, stand }, problems: request.problems }, context, byPhaseTab);
  const { dataset } = view;
  const [byPhase] = view.result.crossTabs;
  const [highByPhase] = runQuery(dataset, { ...EMPTY_QUERY, filters: { prioritaet: ["hoch"] } }, byPhaseTab).crossTabs;
  const betrieb = dataset.dictionaries.phase.indexOf("Betrieb");
  const ressortDictionary = dataset.dictionaries.ressort;
  const sum = (row: Uint32Array) => row.reduce((a, b) => a + b, 0);
  const ressorts = facetCodes(dataset, "ressort")
    .filter((code) => code !== 0)
    .map((code): RessortSummaryRow => {
      const kuerzel = ressortDictionary[code] as RessortKuerzel;
      return {
        kuerzel,
        name: RESSORT_NAMES[kuerzel],
        href: ressortHref(kuerzel, stand),
        total: sum(byPhase.counts[code]),
        inBetrieb: byPhase.counts[code][betrieb],
        openHighPriority: sum(highByPhase.counts[code]) - highByPhase.counts[code][betrieb],
      };
    });
  return {
    stand: view.stand,
    isNewest: view.stand === view.newestStand,
    problems: view.problems,
    ressorts,
    unassigned: sum(byPhase.counts[0]),
    unassignedHref: overviewHref({ ...EMPTY_QUERY, filters: { ressort: [""] }, stand }),
    total: dataset.rowCount,
  };
}
