"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type CallFormState, type StatusFormState, changeStatusFromForm, deleteCallFromForm, saveCallFromForm } from "@/lib/reuse/staff-actions";
import { PATHS, staffDeclarationHref } from "@/lib/routes";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** A status step with date and note; back to the declaration (303) when saved. */
export async function changeStatusAction(_previous: StatusFormState, form: FormData): Promise<StatusFormState> {
  const state = await changeStatusFromForm(form, await headers());
  if (state.done) redirect(`${staffDeclarationHref(text(form.get("id")))}?gespeichert=1`);
  return state;
}

/** A new call, or changes to one (hidden field `id`). */
export async function saveCallAction(_previous: CallFormState, form: FormData): Promise<CallFormState> {
  const id = text(form.get("id")) || null;
  const state = await saveCallFromForm(form, await headers(), id);
  if (state.done) redirect(`${PATHS.verwaltungAbfragen}?gespeichert=1`);
  return state;
}

export async function deleteCallAction(form: FormData): Promise<void> {
  const result = await deleteCallFromForm(form, await headers());
  redirect(result.ok ? `${PATHS.verwaltungAbfragen}?geloescht=1` : PATHS.verwaltungAbfragen);
}
