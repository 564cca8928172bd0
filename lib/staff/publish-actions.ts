/**
 * What the publishing forms of the staff area do (app/verwaltung/actions.ts): check an upload and
 * keep it as a draft, publish or drop a draft, withdraw, restore and take over Stände. Each checks
 * that the request came from this site and the session (and the role where only admins may),
 * then acts through lib/store, which puts every step on record.
 */
import "server-only";
import type { Role } from "../db/schema";
import type { HeaderSource } from "../http/base-url";
import { uploadSizeProblem } from "../overview/check-upload-size";
import type { UploadCheck } from "../overview/upload-report";
import { deleteDraft, getDraft, saveDraft } from "../store/drafts";
import { sha256Hex } from "../store/prepare";
import { prepareUpload, releaseUpload } from "../store/release";
import { RESTORE_MESSAGES, WITHDRAW_MESSAGES, acceptStandFile, reasonProblem, restore, withdraw } from "../store/withdrawal";
import { BUSY_MESSAGE } from "../overview/check-upload";
import { isIsoDate } from "../iso-date";
import { crossSiteProblem } from "./origin";
import { ADMIN_ONLY_REASON, type StaffAccess, staffAccess } from "./session";

type FormLike = { get(name: string): unknown };
const text = (form: FormLike, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string).trim() : "");

export const SIGNED_OUT_MESSAGE = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.";

type Caller = { ok: true; access: Extract<StaffAccess, { ok: true }> } | { ok: false; message: string };

async function caller(headers: HeaderSource, roles: readonly Role[] = ["redaktion", "admin"]): Promise<Caller> {
  const crossSite = crossSiteProblem(headers);
  if (crossSite) return { ok: false, message: crossSite };
  const access = await staffAccess();
  if (!access.ok) return { ok: false, message: access.kind === "signed-out" ? SIGNED_OUT_MESSAGE : access.reason };
  if (!roles.includes(access.account.role)) return { ok: false, message: ADMIN_ONLY_REASON };
  return { ok: true, access };
}

export type UploadState = null | { message: string } | { check: UploadCheck; stand: string };
export type UploadResult = UploadState | { draftId: string; stand: string };

/** Checks an upload; a valid one is kept as a draft (its id returned), an invalid one gets its report. */
export async function uploadFromForm(form: FormLike, headers: HeaderSource): Promise<UploadResult> {
  const who = await caller(headers);
  if (!who.ok) return { message: who.message };
  const file = form.get("datei");
  const stand = text(form, "stand");
  if (!isIsoDate(stand)) return { message: "Bitte ein gültiges Datum für den Stand angeben (TT.MM.JJJJ)." };
  if (!(file instanceof File) || file.name === "") return { message: "Bitte wählen Sie eine Datei aus (CSV oder Excel-Arbeitsmappe .xlsx)." };
  if (file.size === 0) return { message: "Die Datei ist leer." };
  const tooBig = uploadSizeProblem(file.size);
  if (tooBig) return { message: tooBig };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const prepared = await prepareUpload(file.name, bytes, stand);
  if (prepared === "busy") return { message: BUSY_MESSAGE };
  if (!prepared.publishable) return { check: prepared.check, stand };
  const draftId = await saveDraft(who.access.db, { fileName: file.name, sha256: sha256Hex(bytes), rows: prepared.publishable.rows, bytes, createdBy: who.access.account.email });
  return { draftId, stand };
}

export type PublishResult = { ok: true; stand: string } | { ok: false; message: string };

export async function publishDraftFromForm(form: FormLike, headers: HeaderSource): Promise<PublishResult> {
  const who = await caller(headers);
  if (!who.ok) return { ok: false, message: who.message };
  const draft = await getDraft(who.access.db, text(form, "entwurf"));
  if (!draft) return { ok: false, message: "Dieser Entwurf ist nicht mehr vorhanden (veröffentlicht, verworfen oder älter als einen Tag). Bitte die Datei erneut hochladen." };
  const outcome = await releaseUpload({ fileName: draft.fileName, bytes: draft.bytes, stand: text(form, "stand"), actor: who.access.account.email });
  switch (outcome.status) {
    case "published":
      await deleteDraft(who.access.db, draft.id);
      return { ok: true, stand: outcome.stand };
    case "invalid":
      return { ok: false, message: "Nichts veröffentlicht: Die Datei enthält Fehler." };
    default:
      return { ok: false, message: outcome.message };
  }
}

export async function dropDraftFromForm(form: FormLike, headers: HeaderSource): Promise<void> {
  const who = await caller(headers);
  if (who.ok) await deleteDraft(who.access.db, text(form, "entwurf"));
}

export type StandActionResult = { ok: boolean; message: string };

export async function withdrawFromForm(form: FormLike, headers: HeaderSource): Promise<StandActionResult> {
  const who = await caller(headers);
  if (!who.ok) return { ok: false, message: who.message };
  const reason = text(form, "grund");
  const problem = reasonProblem(reason);
  if (problem) return { ok: false, message: problem };
  const outcome = await withdraw(who.access.db, { stand: text(form, "stand"), reason, actor: who.access.account.email });
  return { ok: outcome === "withdrawn", message: WITHDRAW_MESSAGES[outcome] };
}

export async function restoreFromForm(form: FormLike, headers: HeaderSource): Promise<StandActionResult> {
  const who = await caller(headers, ["admin"]);
  if (!who.ok) return { ok: false, message: who.message };
  const outcome = await restore(who.access.db, { stand: text(form, "stand"), actor: who.access.account.email });
  return { ok: outcome === "restored", message: RESTORE_MESSAGES[outcome] };
}

export async function acceptFromForm(form: FormLike, headers: HeaderSource): Promise<StandActionResult> {
  const who = await caller(headers, ["admin"]);
  if (!who.ok) return { ok: false, message: who.message };
  const stand = text(form, "stand");
  if (!isIsoDate(stand)) return { ok: false, message: "Kein gültiger Stand." };
  const outcome = await acceptStandFile(who.access.db, { stand, actor: who.access.account.email, via: "Verwaltung" });
  return outcome.ok ? { ok: true, message: `Der Stand ${stand} ist geprüft, verzeichnet und öffentlich (${outcome.rows} Leistungen).` } : { ok: false, message: outcome.message };
}
