/**
 * The overview for one request: the Stand asked for, its Dataset and runQuery's result for the
 * parsed query, with the metadata. The dashboard, the JSON API, the export and the pages that
 * show a part of the overview all start here. Server only: reads DATA_DIR through the repository.
 */
import "server-only";
import type { Dataset } from "../dataset/dataset";
import type { ParsedQuery } from "../params/query";
import type { ParamContext, ParamProblem } from "../params/problem";
import { paramProblem } from "../params/problem";
import type { Query } from "../query/query";
import { type QueryResult, type RunOptions, lastPage, runQuery } from "../query/run";
import type { Metadata } from "../store/metadata";
import { getDataset, getMetadata } from "../store/repository";

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
}

export interface LoadOptions extends RunOptions {
  /** Pages fall back to the last page when `page` is beyond it; the API answers with no rows. */
  clampPage?: boolean;
}

export async function loadOverview(parsed: ParsedQuery, context: ParamContext, options: LoadOptions = {}): Promise<OverviewView> {
  const { staende } = context;
  const problems = [...parsed.problems];
  const newestStand = staende[staende.length - 1];
  const stand = parsed.query.stand ?? newestStand;
  const [dataset, metadata] = await Promise.all([getDataset(stand), getMetadata()]);
  let query = parsed.query;
  let result = runQuery(dataset, query, options);
  const last = lastPage(result.total, query.size);
  if (options.clampPage && query.page > last) {
    const pages = last === 1 ? "nur 1 Seite" : `nur ${last} Seiten`;
    problems.push(paramProblem("page", String(query.page), `Seite ${query.page} gibt es nicht (${pages}); angezeigt wird Seite ${last}.`));
    query = { ...query, page: last };
    result = runQuery(dataset, query, options);
  }
  return { staende, stand, newestStand, query, problems, dataset, result, metadata };
}
