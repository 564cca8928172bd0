"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  type StandActionResult,
  type UploadState,
  acceptFromForm,
  dropDraftFromForm,
  publishDraftFromForm,
  restoreFromForm,
  uploadFromForm,
  withdrawFromForm,
} from "@/lib/staff/publish-actions";
import { PATHS, staffDraftHref, staffStaendeDoneHref } from "@/lib/routes";

/** Checks an upload: its report when it has errors; a valid one goes to its review page (303). */
export async function uploadAction(_previous: UploadState, form: FormData): Promise<UploadState> {
  const result = await uploadFromForm(form, await headers());
  if (result && "draftId" in result) redirect(staffDraftHref(result.draftId, result.stand));
  return result;
}

export async function publishDraftAction(_previous: StandActionResult | null, form: FormData): Promise<StandActionResult> {
  const result = await publishDraftFromForm(form, await headers());
  if (result.ok) redirect(staffStaendeDoneHref("veroeffentlicht", result.stand));
  return { ok: false, message: result.message };
}

export async function dropDraftAction(form: FormData): Promise<void> {
  await dropDraftFromForm(form, await headers());
  redirect(PATHS.verwaltung);
}

const STAND_ACTIONS = { zurueckziehen: withdrawFromForm, wiederherstellen: restoreFromForm, uebernehmen: acceptFromForm } as const;
export type StandActionKind = keyof typeof STAND_ACTIONS;

/** Withdraw, restore or take over a Stand (hidden field `aktion`); back to the list when done. */
export async function standAction(_previous: StandActionResult | null, form: FormData): Promise<StandActionResult> {
  const kind = form.get("aktion");
  const run = typeof kind === "string" && kind in STAND_ACTIONS ? STAND_ACTIONS[kind as StandActionKind] : null;
  if (!run) return { ok: false, message: "Unbekannte Aktion." };
  const result = await run(form, await headers());
  if (result.ok) redirect(staffStaendeDoneHref(kind as StandActionKind, String(form.get("stand"))));
  return result;
}
