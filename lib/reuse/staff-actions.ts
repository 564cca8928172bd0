/**
 * What the staff forms of reuse do (app/verwaltung/nachnutzung/actions.ts): change a status with
 * date and note, create, change and delete calls. Each checks the session, that the request
 * came from this site (Origin, Sec-Fetch-Site), and the input; then writes, and makes public
 * pages read the change at once (in this process; other instances within 5 seconds).
 */
import "server-only";
import type { HeaderSource } from "../http/base-url";
import { getNews } from "../news/store";
import { newsToday } from "../news/timeline";
import { crossSiteProblem } from "../staff/origin";
import { getDataset, listStaende } from "../store/repository";
import { type CallErrors, type CallValues, callValues, checkCall } from "./call-input";
import { createCall, deleteCall, getCall, updateCall } from "./calls";
import { setStatus } from "./declarations";
import { invalidateReusePublic } from "./public";
import { type StaffAccess, staffAccess } from "../staff/session";
import { checkStatusInput } from "./status-input";
import { rowIndexOf } from "../dataset/rows";

type FormLike = { get(name: string): unknown };
const text = (form: FormLike, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");

export const SIGNED_OUT_MESSAGE = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; Ihre Eingaben bleiben hier stehen.";

/** The signed-in caller of a form, or the message why not. */
async function caller(headers: HeaderSource): Promise<{ ok: true; access: Extract<StaffAccess, { ok: true }> } | { ok: false; message: string }> {
  const crossSite = crossSiteProblem(headers);
  if (crossSite) return { ok: false, message: crossSite };
  const access = await staffAccess();
  if (!access.ok) return { ok: false, message: access.kind === "signed-out" ? SIGNED_OUT_MESSAGE : access.reason };
  return { ok: true, access };
}

export interface StatusFormState {
  values: { status?: string; notiz?: string; datum?: string };
  errors: { status?: string; notiz?: string; datum?: string; form?: string };
  /** Set when the step is saved. */
  done?: true;
}

export async function changeStatusFromForm(form: FormLike, headers: HeaderSource): Promise<StatusFormState> {
  const values = { status: text(form, "status"), notiz: text(form, "notiz"), datum: text(form, "datum") };
  const who = await caller(headers);
  if (!who.ok) return { values, errors: { form: who.message } };
  const checked = checkStatusInput(values, newsToday());
  if (!checked.ok) return { values, errors: checked.fields };
  const outcome = await setStatus(who.access.db, {
    id: text(form, "id"),
    status: checked.value.status,
    note: checked.value.notiz,
    date: checked.value.datum,
    actor: who.access.account.email,
  });
  if (!outcome.ok) return { values, errors: { form: outcome.message } };
  invalidateReusePublic();
  return { values: {}, errors: {}, done: true };
}

export interface CallFormState {
  values: CallValues;
  errors: CallErrors;
  /** The call's id once saved. */
  done?: string;
}

/** Creates (id null) or changes a call. */
export async function saveCallFromForm(form: FormLike, headers: HeaderSource, id: string | null): Promise<CallFormState> {
  const values = callValues(form);
  const who = await caller(headers);
  if (!who.ok) return { values, errors: { form: who.message } };
  const { db, account } = who.access;
  const before = id ? await getCall(db, id) : undefined;
  if (id && !before) return { values, errors: { form: "Diese Abfrage gibt es nicht mehr." } };
  const checked = checkCall(values, newsToday(), before?.frist ?? null);
  if (!checked.ok) return { values, errors: checked.errors };
  const staende = await listStaende();
  const dataset = await getDataset(staende[staende.length - 1]);
  const unknown = checked.value.ozgIds.filter((ozgId) => rowIndexOf(dataset, ozgId) === undefined);
  if (unknown.length > 0) return { values, errors: { ozgIds: `Im aktuellen Stand gibt es keine Leistung mit der OZG-ID ${unknown.slice(0, 5).join(", ")}.` } };
  if (checked.value.newsSlug && !(await getNews()).items.some((item) => item.slug === checked.value.newsSlug)) {
    return { values, errors: { newsSlug: `Einen Beitrag „${checked.value.newsSlug}“ gibt es nicht.` } };
  }
  const saved = id ? await updateCall(db, id, { ...checked.value, actor: account.email }) : await createCall(db, { ...checked.value, actor: account.email });
  invalidateReusePublic();
  return { values: {}, errors: {}, done: saved!.id };
}

export async function deleteCallFromForm(form: FormLike, headers: HeaderSource): Promise<{ ok: boolean; message?: string }> {
  const who = await caller(headers);
  if (!who.ok) return { ok: false, message: who.message };
  const deleted = await deleteCall(who.access.db, text(form, "id"), who.access.account.email);
  if (deleted) invalidateReusePublic();
  return deleted ? { ok: true } : { ok: false, message: "Diese Abfrage gibt es nicht mehr." };
}
