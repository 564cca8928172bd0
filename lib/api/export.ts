/**
 * GET /api/export: every row of the query as CSV for German Excel, or with `format=xlsx` as an
 * Excel workbook (docs/contract.md §5), streamed.
 * `page` and `size` are ignored (the export has no pages); any other invalid parameter is a
 * 400 with the same German message as /api/leistungen, never a broken file.
 */
import "server-only";
import { exportColumns } from "../export/columns";
import { exportStream } from "../export/csv-stream";
import { contentDisposition, exportFileName } from "../export/file-name";
import { XLSX_TYPE, exportWorkbookStream } from "../export/xlsx-stream";
import { parseQuery } from "../params/query";
import { DEFAULT_COLUMNS, type Query } from "../query/query";
import type { FieldId } from "../vocabulary";
import { loadOverview } from "../view/overview";
import { paramContext } from "../view/request";
import { badRequest, dataError } from "./json";

/** Paging parameters of the table; the export drops them before parsing, so they cannot fail it. */
const PAGING_PARAMS = ["page", "size"];
const FORMATS = ["csv", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

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
  const formatParam = exportParams.get("format") ?? "csv";
  exportParams.delete("format");
  if (!(FORMATS as readonly string[]).includes(formatParam)) {
    return badRequest([
      { param: "format", value: formatParam, message: `Parameter „format“: „${formatParam}“ ist kein bekanntes Format. Erlaubt: csv, xlsx.` },
    ]);
  }
  const format = formatParam as Format;
  let view;
  try {
    const context = await paramContext();
    const parsed = parseQuery(exportParams, context);
    if (parsed.problems.length > 0) return badRequest(parsed.problems);
    view = await loadOverview(parsed, context);
  } catch (error) {
    return dataError(error);
  }
  const cols = requestedColumns(exportParams, view.query);
  const xlsx = format === "xlsx";
  return new Response(xlsx ? exportWorkbookStream(view, { cols }) : exportStream(view, { cols }), {
    status: 200,
    headers: {
      "Content-Type": xlsx ? XLSX_TYPE : "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(exportFileName(view, xlsx ? ".xlsx" : ".csv")),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
