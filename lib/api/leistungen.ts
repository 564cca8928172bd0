/** GET /api/leistungen: one page of the query as JSON, with facet counts (docs/contract.md §5). */
import "server-only";
import { parseQuery } from "../params/query";
import { loadOverview } from "../view/overview";
import { paramContext } from "../view/request";
import { serviceReuse } from "../reuse/public";
import { reuseJson, stageFacetJson } from "../reuse/public-json";
import { REUSE_PARAM } from "../reuse-vocabulary/stage";
import { facetsJson } from "./facets";
import { badRequest, dataError, json } from "./json";

export async function leistungenResponse(params: URLSearchParams): Promise<Response> {
  try {
    const context = await paramContext();
    const parsed = parseQuery(params, context);
    if (parsed.problems.length > 0) return badRequest(parsed.problems);
    const { dataset, result, stand, reuse } = await loadOverview(parsed, context);
    return json({
      stand,
      total: result.total,
      page: result.page,
      size: result.size,
      // Each row with its reuse by Kommunen: counts per status and the Kommunen named (docs/contract.md §7).
      rows: result.rows.map((row) => ({ ...row, nachnutzung: reuseJson(serviceReuse(reuse, row.ozgId)) })),
      facets: { ...facetsJson(dataset, result), [REUSE_PARAM]: stageFacetJson(result.derivedCounts[0]) },
    });
  } catch (error) {
    return dataError(error);
  }
}
