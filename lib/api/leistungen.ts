/** GET /api/leistungen: one page of the query as JSON, with facet counts (DATA.md §5). */
import { loadOverview } from "../view/overview-view";
import { badRequest, dataError, json } from "./json";

export async function leistungenResponse(params: URLSearchParams): Promise<Response> {
  let view;
  try {
    view = await loadOverview(params);
  } catch (error) {
    return dataError(error);
  }
  if (view.problems.length > 0) return badRequest(view.problems);
  const { result } = view;
  return json({
    stand: view.stand,
    total: result.total,
    page: result.page,
    size: result.size,
    rows: result.rows,
    facets: result.facets,
  });
}
