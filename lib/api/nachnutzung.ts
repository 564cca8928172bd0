/**
 * The reuse API (docs/contract.md §7, docs/reuse.md):
 * - POST /api/nachnutzung (public, JSON): a declaration → 201 { id, status, link? }, 422 { error, fields }, 429, 415, 413.
 * - GET /api/nachnutzung?ozgId=&kreis=&status=&abfrage=&format= (Bearer): the declarations with contact data, or CSV/xlsx.
 * - PATCH /api/nachnutzung/ID { status, notiz?, datum? } (Bearer): 200, 404, 409 (step not allowed), 422 (bad body).
 * - GET /api/nachnutzung/statistik?ozgId= (public): counts per status and the Kommunen named, no personal data.
 */
import "server-only";
import { absoluteUrl, publicBaseUrl } from "../http/base-url";
import { newsToday } from "../news/timeline";
import { parseOzgIdsParam } from "../params/ozg-ids";
import { parseExportFormat, parseReuseFilter, reuseFilterParams } from "../params/reuse-filter";
import { summary } from "../reuse/declaration-input";
import { declarationJson } from "../reuse/declaration-json";
import { declare } from "../reuse/declare";
import { setStatus } from "../reuse/declarations";
import { declarationsCsv, declarationsWorkbook, exportFileName } from "../reuse/export";
import { listCalls } from "../reuse/calls";
import { getReusePublic, invalidateReusePublic, serviceReuse } from "../reuse/public";
import { reuseJson } from "../reuse/public-json";
import { findDeclarations } from "../reuse/staff-list";
import { checkStatusInput } from "../reuse/status-input";
import { PATHS, staffReuseHref } from "../routes";
import { clientAddress } from "../staff/client-address";
import { crossSiteProblem } from "../staff/origin";
import { getDataset, listStaende } from "../store/repository";
import { XLSX_TYPE } from "../export/xlsx-stream";
import { staffCaller } from "./staff-caller";
import { dataError, json } from "./json";
import { type ServiceNames, rowIndexOf, serviceNames } from "../dataset/rows";

/** Both staff roles follow reuse (docs/reuse.md). */
const REUSE_ROLES = ["redaktion", "admin"] as const;
const REUSE_FORBIDDEN = "Ihre Rolle darf Bekundungen nicht bearbeiten.";

/** A declaration is a few kilobytes at most (comment ≤ 2,000 characters). */
export const MAX_BODY_BYTES = 32 * 1024;

type JsonBody = { ok: true; body: unknown } | { ok: false; response: Response };

/** The request's JSON body, refused with a German message when it is none, too large, or of another type. */
async function jsonBody(request: Request): Promise<JsonBody> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    return { ok: false, response: json({ error: "Bitte die Angaben als JSON senden (Content-Type: application/json)." }, 415) };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, response: json({ error: `Der Inhalt ist zu groß (höchstens ${MAX_BODY_BYTES / 1024} KB).` }, 413) };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { ok: false, response: json({ error: `Der Inhalt ist zu groß (höchstens ${MAX_BODY_BYTES / 1024} KB).` }, 413) };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: json({ error: "Der Inhalt ist kein gültiges JSON." }, 400) };
  }
}

export async function postNachnutzungResponse(request: Request): Promise<Response> {
  const crossSite = crossSiteProblem(request.headers);
  if (crossSite) return json({ error: crossSite }, 403);
  const body = await jsonBody(request);
  if (!body.ok) return body.response;
  try {
    const result = await declare(body.body, { address: clientAddress(request.headers), baseUrl: publicBaseUrl(request.headers, request.url).url });
    if (result.ok) return json({ id: result.id, status: result.status, ...(result.link ? { link: result.link } : {}) }, 201);
    if (result.status === 422) return json({ error: result.error, fields: result.fields }, 422);
    const response = json({ error: result.error }, result.status);
    if (result.status === 429) response.headers.set("Retry-After", String(result.retryAfterSeconds));
    return response;
  } catch (error) {
    return dataError(error);
  }
}

/** Service names of the newest Stand, for the export. */
async function newestServiceNames(): Promise<ServiceNames> {
  const staende = await listStaende();
  const dataset = await getDataset(staende[staende.length - 1]);
  return serviceNames(dataset);
}

/** The declarations a filter selects: JSON, or a CSV/xlsx download (also for the staff page's export). */
export async function declarationsAnswer(
  db: Parameters<typeof findDeclarations>[0],
  search: URLSearchParams,
  base: string,
): Promise<Response> {
  const { filter, problems } = parseReuseFilter(search);
  const { format, problem } = parseExportFormat(search);
  if (problem) problems.push(problem);
  if (problems.length > 0) return json({ error: problems.map((p) => p.message).join(" "), problems }, 400);
  const declarations = await findDeclarations(db, filter);
  if (format === "json") return json({ declarations: declarations.map(declarationJson) });
  const [leistungen, calls] = await Promise.all([newestServiceNames(), listCalls(db)]);
  const today = newsToday();
  const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="${exportFileName(today, format)}"` };
  if (format === "csv") return new Response(declarationsCsv(declarations, { leistungen, calls }), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const link = absoluteUrl(base, staffReuseHref(PATHS.verwaltungNachnutzung, reuseFilterParams(filter)));
  const bytes = await declarationsWorkbook(declarations, { leistungen, calls }, [
    ["Inhalt", "Interessenbekundungen zur Nachnutzung, mit Kontaktdaten (nur für den Dienstgebrauch)"],
    ["Bekundungen", String(declarations.length)],
    ["Exportiert am", today],
    ["Ansicht", link],
  ]);
  return new Response(new Uint8Array(bytes), { headers: { ...headers, "Content-Type": XLSX_TYPE } });
}

export async function getNachnutzungResponse(request: Request): Promise<Response> {
  const caller = await staffCaller(request, { roles: REUSE_ROLES, forbidden: REUSE_FORBIDDEN });
  if (!caller.ok) return caller.response;
  try {
    return await declarationsAnswer(caller.db, new URL(request.url).searchParams, publicBaseUrl(request.headers, request.url).url);
  } catch (error) {
    return dataError(error);
  }
}

export async function patchNachnutzungResponse(request: Request, id: string): Promise<Response> {
  const caller = await staffCaller(request, { roles: REUSE_ROLES, forbidden: REUSE_FORBIDDEN });
  if (!caller.ok) return caller.response;
  const body = await jsonBody(request);
  if (!body.ok) return body.response;
  const checked = checkStatusInput(body.body, newsToday());
  if (!checked.ok) return json({ error: summary(checked.fields), fields: checked.fields }, 422);
  const { status, notiz, datum } = checked.value;
  const outcome = await setStatus(caller.db, { id, status, note: notiz, date: datum, actor: caller.account.email });
  if (!outcome.ok) return json({ error: outcome.message }, outcome.reason === "not-found" ? 404 : 409);
  invalidateReusePublic();
  return json({ declaration: declarationJson(outcome.declaration) });
}

export async function statistikResponse(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams;
  const { ids, problems } = parseOzgIdsParam(search);
  if (problems.length > 0) return json({ error: problems.map((p) => p.message).join(" "), problems }, 400);
  if (ids.length !== 1) return json({ error: "Parameter „ozgId“: Bitte genau eine OZG-ID angeben, z. B. ?ozgId=10056." }, 400);
  const ozgId = ids[0];
  try {
    const staende = await listStaende();
    const dataset = await getDataset(staende[staende.length - 1]);
    if (rowIndexOf(dataset, ozgId) === undefined) return json({ error: `Eine Leistung mit der OZG-ID ${ozgId} gibt es im aktuellen Stand nicht.` }, 404);
    const reuse = await getReusePublic();
    return json({ ozgId, ...reuseJson(serviceReuse(reuse, ozgId)) });
  } catch (error) {
    return dataError(error);
  }
}
