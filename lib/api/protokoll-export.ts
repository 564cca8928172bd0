/**
 * GET /verwaltung/protokoll/export?format=csv|xlsx&… : the filtered record (every page) as a
 * file, for a signed-in session of either role; the session is checked here, as on every staff
 * request. Bad parameters get a German 400.
 */
import "server-only";
import { json } from "./json";
import { absoluteUrl, publicBaseUrl } from "../http/base-url";
import { newsToday } from "../news/timeline";
import { XLSX_TYPE } from "../export/xlsx-stream";
import { RECORD_ACTION_LABELS } from "../record/record-details";
import { allRecordEntries, recordCsv, recordExportFileName, recordWorkbook } from "../record/record-export";
import { parsePageRecordFilter } from "../record/record-filter";
import { recordHref } from "../routes";
import { staffAccess } from "../staff/session";

function filterWords(params: ReturnType<typeof parsePageRecordFilter>["params"]): string {
  const words = [
    params.action ? `Aktion: ${RECORD_ACTION_LABELS[params.action]}` : null,
    params.actor ? `Wer: ${params.actor}` : null,
    params.von ? `von: ${params.von}` : null,
    params.bis ? `bis: ${params.bis}` : null,
  ].filter(Boolean);
  return words.length > 0 ? words.join("; ") : "keiner (alle Einträge)";
}

export async function recordExportResponse(request: Request): Promise<Response> {
  const access = await staffAccess();
  if (!access.ok) return json({ error: access.kind === "off" ? access.reason : "Bitte melden Sie sich an." }, access.kind === "off" ? 503 : 401);
  const search = new URL(request.url).searchParams;
  const format = search.get("format") ?? "csv";
  const { params, filter, problems } = parsePageRecordFilter(search);
  if (format !== "csv" && format !== "xlsx") problems.push(`„format“ muss csv oder xlsx sein, nicht „${format}“.`);
  if (problems.length > 0) return json({ error: problems.join(" ") }, 400);
  const entries = await allRecordEntries(access.db, filter);
  const today = newsToday();
  const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="${recordExportFileName(today, format as "csv" | "xlsx")}"` };
  if (format === "csv") return new Response(recordCsv(entries), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const bytes = await recordWorkbook(entries, [
    ["Inhalt", "Protokoll des Verwaltungsbereichs (nur für den Dienstgebrauch)"],
    ["Filter", filterWords(params)],
    ["Einträge", String(entries.length)],
    ["Exportiert am", today],
    ["Exportiert von", access.account.email],
    ["Ansicht", absoluteUrl(publicBaseUrl(request.headers, request.url).url, recordHref(params))],
  ]);
  return new Response(new Uint8Array(bytes), { headers: { ...headers, "Content-Type": XLSX_TYPE } });
}
