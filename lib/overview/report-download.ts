/**
 * POST /pruefen/bericht: the report of a check as a file. The page sends the report it shows
 * (the server keeps nothing of an upload), so the download works without JavaScript too. What
 * comes back is validated and bounded like any input; it only formats the sender's own report.
 */
import { contentDisposition } from "../export/file-name";
import { XLSX_TYPE } from "../export/xlsx-stream";
import { z } from "../zod";
import { MAX_SHOWN_PROBLEMS, MAX_SHOWN_TEXT } from "./check-upload";
import { reportCsv, reportFileName, reportWorkbook } from "./report-table";

/** The hidden field holds at most this many characters (500 errors and warnings, shortened). */
export const MAX_REPORT_FIELD = 4 * 1024 * 1024;

const text = z.string().max(MAX_SHOWN_TEXT + 400);
const problem = z.object({
  row: z.number().int().min(1).nullable(),
  column: text.nullable(),
  value: text.nullable(),
  text,
  ozgId: text.optional(),
  leistung: text.optional(),
});
const reportSchema = z.object({
  file: z.string().max(300),
  errors: z.array(problem).max(MAX_SHOWN_PROBLEMS + 10),
  warnings: z.array(problem).max(MAX_SHOWN_PROBLEMS + 10),
});

function badRequest(message: string): Response {
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function reportDownloadResponse(form: FormData): Promise<Response> {
  const field = form.get("bericht");
  const format = form.get("format");
  if (format !== "csv" && format !== "xlsx") return badRequest("Bitte wählen Sie das Format des Prüfberichts: CSV oder Excel.");
  if (typeof field !== "string" || field.length > MAX_REPORT_FIELD) return badRequest("Der Prüfbericht fehlt oder ist zu groß. Bitte die Datei erneut prüfen.");
  let parsed;
  try {
    parsed = reportSchema.safeParse(JSON.parse(field));
  } catch {
    return badRequest("Der Prüfbericht ist unvollständig angekommen. Bitte die Datei erneut prüfen.");
  }
  if (!parsed.success) return badRequest("Der Prüfbericht ist unvollständig angekommen. Bitte die Datei erneut prüfen.");
  const report = parsed.data;
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    return new Response(reportCsv(report), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": contentDisposition(reportFileName(report.file, ".csv")) },
    });
  }
  const bytes = await reportWorkbook(report);
  return new Response(new Uint8Array(bytes), {
    headers: { ...headers, "Content-Type": XLSX_TYPE, "Content-Disposition": contentDisposition(reportFileName(report.file, ".xlsx")) },
  });
}
