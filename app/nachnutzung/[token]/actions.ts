"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DATABASE_DOWN } from "@/lib/reuse/declare";
import { type LinkAction, type LinkActionState, changeFromForm, linkStep } from "@/lib/reuse/form-actions";
import { privateLinkHref } from "@/lib/routes";

const STEPS: readonly LinkAction[] = ["bestaetigen", "zurueckziehen", "kontakt-loeschen"];
const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** Confirm, withdraw, delete contact data: a POST button each; back to the page with the outcome (303). */
export async function linkStepAction(form: FormData): Promise<void> {
  const token = text(form.get("token"));
  const step = text(form.get("aktion")) as LinkAction;
  if (!STEPS.includes(step)) redirect(privateLinkHref(token));
  const result = await linkStep(token, step, await headers());
  if (result.done) redirect(`${privateLinkHref(token)}?erledigt=${result.done}`);
  redirect(result.errors.form === DATABASE_DOWN ? `${privateLinkHref(token)}?fehler=datenbank` : privateLinkHref(token));
}

/** The change form: back to the form with a message per field, or to the page with the outcome. */
export async function changeAction(_previous: LinkActionState, form: FormData): Promise<LinkActionState> {
  const token = text(form.get("token"));
  const result = await changeFromForm(token, form, await headers());
  if (result.done) redirect(`${privateLinkHref(token)}?erledigt=geaendert`);
  return result;
}
