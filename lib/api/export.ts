/**
 * GET /api/export: every row of the query as CSV for German Excel (DATA.md §5), streamed.
 * `page` and `size` are ignored (the export has no pages); any other invalid parameter is a
 * 400 with the same German message as /api/leistungen, never a broken file.
 */
import "server-only";
import { exportColumns } from "../export/columns";
import { exportStream } from "../export/csv-stream";
import { contentDisposition, exportFileName } from "../export/file-name";
import { parseQuery } from "../params/query";
import { DEFAULT_COLUMNS, type Query } from "../query/query";
import type { FieldId } from "../vocabulary";
import { loadOverview } from "../view/overview";
import { paramContext } from "../view/request";
import { badRequest, dataError } from "./json";

/** Paging parameters of the table; the export drops them before parsing, so they cannot fail it. */
const PAGING_PARAMS = ["page", "size"];

/**
 * The columns asked for. parseQuery folds a `cols` equal to the table's default set into "no
 * choice"; for the export an explicit choice still means exactly those columns, absence all 17.
 */
function requestedColumns(params: URLSearchParams, query: Query): readonly FieldId[] {
  if (query.cols) return query.cols;
  const cols = params.getAll("cols");
  const raw = cols.length > 0 ? cols[cols.length - 1] : params.getAll("col").join(",");
  return raw.trim() !== "" ? DEFAULT_COLUMNS : exportColumns(query);
}

export async function exportResponse(params: URLSearchParams): Promise<Response> {
  const exportParams = new URLSearchParams(params);
  for (const name of PAGING_PARAMS) exportParams.delete(name);
  let view;
  try {
    const context = await paramContext();
    const parsed = parseQuery(exportParams, context);
    if (parsed.problems.length > 0) return badRequest(parsed.problems);
    view = await loadOverview(parsed, context);
  } catch (error) {
    return dataError(error);
  }
  return new Response(exportStream(view, { cols: requestedColumns(exportParams, view.query) }), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(exportFileName(view)),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
