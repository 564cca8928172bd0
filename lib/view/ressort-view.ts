/**
 * Everything the Ressort pages show: one ministry's services by phase and priority (the same
 * chart series as the dashboard), its high-priority services not yet in Betrieb, what moved
 * since the previous Stand, and the nine ministries with their counts for the index.
 * Server only: reads DATA_DIR through loadOverview and the repository.
 */
import { type ChangedLeistung, type PhaseChange, diffDatasets, phaseChanges, ressortScope } from "../changes/diff";
import { previousStand } from "../changes/params";
import type { Dataset } from "../dataset/dataset";
import type { Leistung } from "../overview/schema";
import type { ParamProblem, SearchParamsInput } from "../query/parse";
import { lastValue } from "../query/params-input";
import { EMPTY_QUERY, MAX_PAGE_SIZE, type Query, hrefFor } from "../query/query";
import { matchingRows, runQuery } from "../query/run";
import { getDataset } from "../store/repository";
import { loadOverview } from "./overview-view";
import { PHASEN, RESSORTS, RESSORT_NAMES, type RessortKuerzel } from "../vocabulary";
import { crossTabs } from "../charts/crosstab";
import type { BarChartModel, PhaseChartModel } from "../charts/model";
import { barChart, chartCodes, phaseChart } from "../charts/series";
import { SHOWN_CHANGES, changesApiHref } from "./changes-view";
import { ressortHref } from "./ressort-href";

/** The last `stand` parameter as given, or null. */
export function standParam(searchParams: SearchParamsInput): string | null {
  return lastValue(searchParams, "stand") ?? null;
}


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
  staende: string[];
  stand: string;
  newestStand: string;
  problems: ParamProblem[];
  /** The dashboard query of this Ressort (filter ressort, the Stand); the export uses it too. */
  query: Query;
  total: number;
  phase: PhaseChartModel;
  prioritaet: BarChartModel;
  /** Priorität hoch and not (yet) in Betrieb: the first OPEN_LISTED, least advanced first, then by OZG-ID. */
  openHighPriority: Leistung[];
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
function standParams(searchParams: SearchParamsInput, kuerzel: RessortKuerzel): URLSearchParams {
  const params = new URLSearchParams({ ressort: kuerzel });
  const stand = standParam(searchParams);
  if (stand) params.set("stand", stand);
  return params;
}

export async function loadRessortView(kuerzel: RessortKuerzel, searchParams: SearchParamsInput): Promise<RessortView> {
  const view = await loadOverview(standParams(searchParams, kuerzel));
  const { dataset, query, result } = view;
  const source = { dataset, query, result, path: "/" };

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
    staende: view.staende,
    stand: view.stand,
    newestStand: view.newestStand,
    problems: view.problems,
    query,
    total: result.total,
    phase: phaseChart(source, ["umsetzungsmodell"]),
    prioritaet: barChart(source, "prioritaet"),
    openHighPriority: [...matchingRows(dataset, open)].slice(0, OPEN_LISTED),
    openHighPriorityTotal: open.total,
    openHighPriorityHref: hrefFor("/", { ...openQuery, sort: EMPTY_QUERY.sort, size: EMPTY_QUERY.size }),
    dashboardHref: hrefFor("/", query),
    changes,
    changesApiHref: previous ? changesApiHref({ from: previous, to: view.stand }) : null,
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
  /** The requested Stand, or null for the newest (for links). */
  standQuery: string | null;
  newestStand: string;
  problems: ParamProblem[];
  ressorts: RessortSummaryRow[];
  /** Services without a Ressort, and the dashboard showing them. */
  unassigned: number;
  unassignedHref: string;
  total: number;
}

/** The nine Ressorts with their numbers in one Stand (`?stand=` as on the dashboard). */
export async function loadRessortIndex(searchParams: SearchParamsInput): Promise<RessortIndexView> {
  const params = new URLSearchParams();
  const stand = standParam(searchParams);
  if (stand) params.set("stand", stand);
  const view = await loadOverview(params);
  const { dataset, query } = view;
  const [byPhase] = crossTabs(dataset, EMPTY_QUERY, "ressort", ["phase"]);
  const [highByPhase] = crossTabs(dataset, { ...EMPTY_QUERY, filters: { prioritaet: ["hoch"] } }, "ressort", ["phase"]);
  const phaseDictionary = dataset.dictionaries.phase;
  const betrieb = phaseDictionary.indexOf("Betrieb");
  const ressortDictionary = dataset.dictionaries.ressort;
  const sum = (row: Uint32Array) => row.reduce((a, b) => a + b, 0);
  const ressorts = chartCodes(dataset, "ressort")
    .filter((code) => code !== 0)
    .map((code): RessortSummaryRow => {
      const kuerzel = ressortDictionary[code] as RessortKuerzel;
      return {
        kuerzel,
        name: RESSORT_NAMES[kuerzel],
        href: ressortHref(kuerzel, query.stand),
        total: sum(byPhase.counts[code]),
        inBetrieb: byPhase.counts[code][betrieb],
        openHighPriority: sum(highByPhase.counts[code]) - highByPhase.counts[code][betrieb],
      };
    });
  return {
    stand: view.stand,
    standQuery: query.stand,
    newestStand: view.newestStand,
    problems: view.problems,
    ressorts,
    unassigned: sum(byPhase.counts[0]),
    unassignedHref: hrefFor("/", { ...EMPTY_QUERY, filters: { ressort: [""] }, stand: query.stand }),
    total: dataset.rows.length,
  };
}
