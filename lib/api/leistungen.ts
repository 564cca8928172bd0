/** GET /api/leistungen: one page of the query as JSON, with facet counts (DATA.md §5). */
import "server-only";
import { parseQuery } from "../params/query";
import { loadOverview } from "../view/overview";
import { paramContext } from "../view/request";
import { facetsJson } from "./facets";
import { badRequest, dataError, json } from "./json";

export async function leistungenResponse(params: URLSearchParams): Promise<Response> {
  try {
    const context = await paramContext();
    const parsed = parseQuery(params, context);
    if (parsed.problems.length > 0) return badRequest(parsed.problems);
    const { dataset, result, stand } = await loadOverview(parsed, context);
    return json({
      stand,
      total: result.total,
      page: result.page,
      size: result.size,
      rows: result.rows,
      facets: facetsJson(dataset, result),
    });
  } catch (error) {
    return dataError(error);
  }
}
