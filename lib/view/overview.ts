/**
 * The overview for one request: the Stand asked for, its Dataset and runQuery's result for the
 * parsed query, with the metadata. The dashboard, the JSON API, the export and the pages that
 * show a part of the overview all start here. Server only: reads DATA_DIR through the repository.
 */
import "server-only";
import { type ChangedSince, changedSince } from "../changes/since";
import type { Dataset } from "../dataset/dataset";
import type { ParsedQuery } from "../params/query";
import type { ParamContext, ParamProblem } from "../params/problem";
import { paramProblem } from "../params/problem";
import type { Query } from "../query/query";
import { type QueryResult, type RunOptions, lastPage, runQuery } from "../query/run";
import type { Metadata } from "../store/metadata";
import { CONTROLLED_FIELDS, FIELD_TRAITS } from "../vocabulary";
import { rowIndexOf } from "../dataset/rows";
import { getDataset, getMetadata } from "../store/repository";
import { reuseFacet, stageCodes } from "../reuse/facet";
import { type ReusePublic, getReusePublic } from "../reuse/public";

export interface OverviewView {
  staende: readonly string[];
  /** The Stand shown (the requested one, or the newest). */
  stand: string;
  newestStand: string;
  query: Query;
  problems: ParamProblem[];
  dataset: Dataset;
  result: QueryResult;
  metadata: Metadata;
  /** With `geaendertSeit`: which services are new or changed, and how. */
  changes: ChangedSince | null;
  /** The public reuse statistics and calls the reuse facet was counted from. */
  reuse: ReusePublic;
}

export interface LoadOptions extends RunOptions {
  /** Pages fall back to the last page when `page` is beyond it; the API answers with no rows. */
  clampPage?: boolean;
  /**
   * Pages drop filter values of open lists (Lebenslage) that no row of the Stand has, with a
   * notice: so that a URL full of invented values cannot make every link of the page long. The
   * API keeps them (they match nothing), so that a program's question is answered as asked.
   */
  dropUnknownValues?: boolean;
}

/** The query without values of data-defined facets and OZG-IDs that the Stand does not have, with a notice. */
function withoutUnknownValues(query: Query, dataset: Dataset, problems: ParamProblem[]): Query {
  let filters = query.filters;
  for (const field of CONTROLLED_FIELDS) {
    const values = filters[field];
    if (!values || FIELD_TRAITS[field].facetFrom !== "data") continue;
    const dictionary = new Set(dataset.dictionaries[field]);
    const unknown = values.filter((v) => !dictionary.has(v));
    if (unknown.length === 0) continue;
    const shown = unknown.slice(0, 3).map((v) => `„${v}“`).join(", ") + (unknown.length > 3 ? ` und ${unknown.length - 3} weitere` : "");
    const verb = unknown.length === 1 ? "kommt im Stand %s nicht vor und wird ignoriert" : "kommen im Stand %s nicht vor und werden ignoriert";
    problems.push(paramProblem(field, unknown[0], `${shown} ${verb.replace("%s", dataset.stand)}.`));
    filters = { ...filters, [field]: values.filter((v) => dictionary.has(v)) };
  }
  const ozgIds = query.ozgIds.filter((id) => rowIndexOf(dataset, id) !== undefined);
  if (ozgIds.length < query.ozgIds.length) {
    const unknown = query.ozgIds.filter((id) => !ozgIds.includes(id));
    const shown = unknown.slice(0, 3).join(", ") + (unknown.length > 3 ? ` und ${unknown.length - 3} weitere` : "");
    problems.push(paramProblem("ozgId", unknown[0], `OZG-ID ${shown} ${unknown.length === 1 ? "kommt" : "kommen"} im Stand ${dataset.stand} nicht vor.`));
  }
  if (filters === query.filters && ozgIds.length === query.ozgIds.length) return query;
  // A selection of only unknown services must not widen to everything: keep one of them (it matches nothing).
  return { ...query, filters, ozgIds: ozgIds.length > 0 || query.ozgIds.length === 0 ? ozgIds : query.ozgIds.slice(0, 1) };
}

export async function loadOverview(parsed: ParsedQuery, context: ParamContext, options: LoadOptions = {}): Promise<OverviewView> {
  const { staende } = context;
  const problems = [...parsed.problems];
  const newestStand = staende[staende.length - 1];
  const stand = parsed.query.stand ?? newestStand;
  const [dataset, metadata, older, reuse] = await Promise.all([
    getDataset(stand),
    getMetadata(),
    parsed.query.geaendertSeit ? getDataset(parsed.query.geaendertSeit) : null,
    getReusePublic(),
  ]);
  const changes = older ? changedSince(older, dataset, parsed.query.geaendert) : null;
  let query = options.dropUnknownValues ? withoutUnknownValues(parsed.query, dataset, problems) : parsed.query;
  // The reuse stage is the first derived facet: result.derivedCounts[0].
  const derived = [reuseFacet(stageCodes(dataset, reuse.stats, reuse.version), query.nachnutzung), ...(options.derived ?? [])];
  const runOptions = { ...options, rowMask: changes?.rows, derived };
  let result = runQuery(dataset, query, runOptions);
  const last = lastPage(result.total, query.size);
  if (options.clampPage && query.page > last) {
    const pages = last === 1 ? "nur 1 Seite" : `nur ${last} Seiten`;
    problems.push(paramProblem("page", String(query.page), `Seite ${query.page} gibt es nicht (${pages}); angezeigt wird Seite ${last}.`));
    query = { ...query, page: last };
    result = runQuery(dataset, query, runOptions);
  }
  return { staende, stand, newestStand, query, problems, dataset, result, metadata, changes, reuse };
}
