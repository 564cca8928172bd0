/**
 * What the web forms' server actions do (app/leistungen/[ozgId]/actions.ts,
 * app/nachnutzung/[token]/actions.ts): the same steps as the JSON API, with the answer as form
 * state. The request's headers give the client address (throttle) and the public base URL (link).
 */
import "server-only";
import { getDatabase } from "../db/database";
import { type HeaderSource, publicBaseUrl } from "../http/base-url";
import { clientAddress } from "../staff/client-address";
import { crossSiteProblem } from "../staff/origin";
import { DataSourceError } from "../store/errors";
import { checkChange } from "./declaration-input";
import { DATABASE_DOWN, declare } from "./declare";
import { type LinkOutcome, changeDeclaration, confirmDeclaration, deleteContactByToken, withdrawByToken } from "./declarations";
import { type DeclarationFormState, HONEYPOT_FIELD, changeInput, declarationInput, formErrors, formValues } from "./form";
import { invalidateReusePublic } from "./public";

type FormLike = { get(name: string): unknown };

export async function declareFromForm(form: FormLike, headers: HeaderSource): Promise<DeclarationFormState> {
  const values = formValues(form);
  const crossSite = crossSiteProblem(headers);
  if (crossSite) return { values, errors: { form: crossSite } };
  const ozgId = typeof form.get("ozgId") === "string" ? (form.get("ozgId") as string) : "";
  const honeypot = form.get(HONEYPOT_FIELD);
  // A bot filled the hidden field: it gets a success it cannot tell apart from a real one; nothing is stored.
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { values: {}, errors: {}, done: { mailed: true, link: null, mailFailed: false, late: false } };
  let result: Awaited<ReturnType<typeof declare>>;
  try {
    result = await declare(declarationInput(ozgId, values), { address: clientAddress(headers), baseUrl: publicBaseUrl(headers).url });
  } catch (error) {
    if (error instanceof DataSourceError) return { values, errors: { form: error.message } };
    throw error;
  }
  if (result.ok) return { values: {}, errors: {}, done: { mailed: result.mailed, link: result.link, mailFailed: result.mailFailed, late: result.late } };
  if (result.status === 422) return { values, errors: formErrors(result.fields) };
  return { values, errors: { form: result.error } };
}

export type LinkAction = "bestaetigen" | "zurueckziehen" | "kontakt-loeschen";

export interface LinkActionState {
  values: DeclarationFormState["values"];
  errors: DeclarationFormState["errors"];
  /** Set after a step that worked: the page is reloaded with this notice. */
  done?: "bestaetigt" | "zurueckgezogen" | "kontakt-geloescht" | "geaendert";
}

async function onDatabase(work: (db: Awaited<ReturnType<typeof getDatabase>>) => Promise<LinkOutcome>): Promise<LinkOutcome> {
  try {
    const outcome = await work(await getDatabase());
    if (outcome.ok) invalidateReusePublic();
    return outcome;
  } catch (error) {
    console.error(`Nachnutzung: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { ok: false, reason: "not-found", message: DATABASE_DOWN };
  }
}

const DONE: Record<LinkAction, NonNullable<LinkActionState["done"]>> = {
  bestaetigen: "bestaetigt",
  zurueckziehen: "zurueckgezogen",
  "kontakt-loeschen": "kontakt-geloescht",
};

/** Confirm, withdraw or delete the contact data (POST buttons of the private link). */
export async function linkStep(token: string, action: LinkAction, headers: HeaderSource): Promise<LinkActionState> {
  const crossSite = crossSiteProblem(headers);
  if (crossSite) return { values: {}, errors: { form: crossSite } };
  const outcome = await onDatabase((db) =>
    action === "bestaetigen" ? confirmDeclaration(db, token) : action === "zurueckziehen" ? withdrawByToken(db, token) : deleteContactByToken(db, token),
  );
  if (!outcome.ok && outcome.reason !== "already-confirmed") return { values: {}, errors: { form: outcome.message } };
  return { values: {}, errors: {}, done: DONE[action] };
}

/** Change contact data, start and comment through the private link. */
export async function changeFromForm(token: string, form: FormLike, headers: HeaderSource): Promise<LinkActionState> {
  const values = formValues(form);
  const crossSite = crossSiteProblem(headers);
  if (crossSite) return { values, errors: { form: crossSite } };
  const checked = checkChange(changeInput(values));
  if (!checked.ok) return { values, errors: formErrors(checked.fields) };
  const outcome = await onDatabase((db) => changeDeclaration(db, token, checked.value));
  if (!outcome.ok) return { values, errors: { form: outcome.message } };
  return { values: {}, errors: {}, done: "geaendert" };
}
