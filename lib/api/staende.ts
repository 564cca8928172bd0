/**
 * The publishing API (docs/contract.md §6): POST /api/staende?stand=YYYY-MM-DD with the file as the body
 * publishes a Stand; POST /api/staende/STAND/zurueckziehen withdraws one. Bearer token of a
 * redaktion or admin account; every step is on record.
 */
import "server-only";
import { type RequestLimit, retryText, takeRequest } from "../auth/request-throttle";
import { MAX_UPLOAD_BYTES, uploadSizeProblem } from "../overview/check-upload-size";
import { jsonProblem } from "../overview/report";
import { type ReleaseOutcome, releaseUpload } from "../store/release";
import { WITHDRAW_MESSAGES, reasonProblem, withdraw } from "../store/withdrawal";
import { isIsoDate } from "../iso-date";
import { staffCaller } from "./staff-caller";
import { json } from "./json";

const PUBLISHING_ROLES = ["redaktion", "admin"] as const;
const FORBIDDEN = "Ihre Rolle darf keine Stände veröffentlichen oder zurückziehen.";

/** Publications per account: enough for any schedule, not for a runaway script. */
export const PUBLISH_LIMIT: RequestLimit = { scope: "staende-konto", max: 30, windowMs: 15 * 60 * 1000 };

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ACCEPTED_TYPES = ["text/csv", "text/plain", "application/csv", XLSX_TYPE, "application/octet-stream"];

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/** The body, at most MAX_UPLOAD_BYTES; null when it is larger (read no further). */
async function boundedBody(request: Request): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_UPLOAD_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function answer(outcome: ReleaseOutcome): Response {
  switch (outcome.status) {
    case "published":
      return json({ stand: outcome.stand, rows: outcome.rows, sha256: outcome.sha256, changes: outcome.changes }, 201);
    case "invalid": {
      if (!outcome.check.ok) return json({ error: outcome.check.message, errors: [], warnings: [] }, 422);
      const { report } = outcome.check;
      return json(
        {
          error: `Nichts veröffentlicht: Die Datei enthält ${report.errors.length}${outcome.check.moreErrors ? "+" : ""} Fehler.`,
          errors: report.errors.map(jsonProblem),
          warnings: report.warnings.map(jsonProblem),
        },
        422,
      );
    }
    case "exists":
      return json({ error: outcome.message }, 409);
    case "refused":
      return outcome.retryAfterSeconds
        ? json({ error: outcome.message }, 503, { "Retry-After": String(outcome.retryAfterSeconds) })
        : json({ error: outcome.message }, 400);
    case "unavailable":
      return json({ error: outcome.message }, 503, { "Retry-After": "30" });
  }
}

export async function postStandResponse(request: Request): Promise<Response> {
  const caller = await staffCaller(request, { roles: PUBLISHING_ROLES, forbidden: FORBIDDEN });
  if (!caller.ok) return caller.response;
  const stand = new URL(request.url).searchParams.getAll("stand");
  if (stand.length !== 1 || !isIsoDate(stand[0])) {
    return json({ error: "Bitte den Stand als Parameter angeben: ?stand=JJJJ-MM-TT (ein gültiges Datum, einmal)." }, 400);
  }
  const type = mediaType(request);
  if (type && !ACCEPTED_TYPES.includes(type)) {
    return json({ error: `Der Inhaltstyp „${type}“ wird nicht angenommen: bitte text/csv oder ${XLSX_TYPE}.` }, 415);
  }
  const limit = await takeRequest(caller.db, [{ limit: PUBLISH_LIMIT, key: caller.account.accountId }]);
  if (!limit.allowed) {
    return json({ error: `Zu viele Veröffentlichungen in kurzer Zeit. ${retryText(limit.retryAfterSeconds)}` }, 429, { "Retry-After": String(limit.retryAfterSeconds) });
  }
  const bytes = await boundedBody(request);
  if (!bytes) return json({ error: uploadSizeProblem(MAX_UPLOAD_BYTES + 1) }, 413);
  if (bytes.byteLength === 0) return json({ error: "Die Anfrage enthält keine Datei: bitte die Datei als Inhalt der Anfrage senden." }, 422);
  const fileName = type === XLSX_TYPE ? `api-${stand[0]}.xlsx` : `api-${stand[0]}.csv`;
  return answer(await releaseUpload({ fileName, bytes, stand: stand[0], actor: caller.account.email }));
}

export async function withdrawStandResponse(request: Request, stand: string): Promise<Response> {
  const caller = await staffCaller(request, { roles: PUBLISHING_ROLES, forbidden: FORBIDDEN });
  if (!caller.ok) return caller.response;
  if (!isIsoDate(stand)) return json({ error: `„${stand}“ ist kein gültiger Stand (JJJJ-MM-TT).` }, 400);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: "Bitte einen JSON-Inhalt senden: { \"grund\": \"…\" }." }, 400);
  }
  const grund = typeof body === "object" && body !== null && typeof (body as { grund?: unknown }).grund === "string" ? (body as { grund: string }).grund : "";
  const problem = reasonProblem(grund);
  if (problem) return json({ error: problem }, 422);
  const outcome = await withdraw(caller.db, { stand, reason: grund, actor: caller.account.email });
  const status = outcome === "withdrawn" ? 200 : outcome === "not-found" ? 404 : 409;
  return json(outcome === "withdrawn" ? { stand, status: "zurueckgezogen" } : { error: WITHDRAW_MESSAGES[outcome] }, status);
}
