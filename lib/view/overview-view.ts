/**
 * Everything a page or API route needs for one request: the published Stände, the parsed
 * query (with problems), the Dataset of the requested Stand and the result of run().
 * Server only: reads DATA_DIR through the repository.
 */
import type { Dataset } from "../dataset/dataset";
import type { Metadata } from "../store/metadata";
import { getDataset, getMetadata, listStaende } from "../store/repository";
import { type ParamProblem, type SearchParamsInput, parseQuery } from "../query/parse";
import type { Query } from "../query/query";
import { type QueryResult, lastPage, runQuery } from "../query/run";

export interface OverviewView {
  staende: string[];
  /** The Stand shown (the requested one, or the newest). */
  stand: string;
  newestStand: string;
  query: Query;
  problems: ParamProblem[];
  dataset: Dataset;
  result: QueryResult;
  metadata: Metadata;
}

export interface LoadOptions {
  /** Pages fall back to the last page when `page` is beyond it; the API answers with no rows. */
  clampPage?: boolean;
}

export async function loadOverview(searchParams: SearchParamsInput, options: LoadOptions = {}): Promise<OverviewView> {
  const [staende, metadata] = await Promise.all([listStaende(), getMetadata()]);
  const { query, problems } = parseQuery(searchParams, { staende });
  const newestStand = staende[staende.length - 1];
  const stand = query.stand ?? newestStand;
  const dataset = await getDataset(stand);
  let result = runQuery(dataset, query);
  let shownQuery = query;
  const last = lastPage(result.total, query.size);
  if (options.clampPage && query.page > last) {
    problems.push({
      param: "page",
      value: String(query.page),
      message: `Parameter „page“: Seite ${query.page} gibt es nicht (${last === 1 ? "nur 1 Seite" : `nur ${last} Seiten`}); angezeigt wird Seite ${last}.`,
    });
    shownQuery = { ...query, page: last };
    result = runQuery(dataset, shownQuery);
  }
  return { staende, stand, newestStand, query: shownQuery, problems, dataset, result, metadata };
}
