/**
 * What the forms of /verwaltung/konten do (app/verwaltung/konten/actions.ts): add an account,
 * change its role, set a new password, remove it, create and revoke API tokens. Each checks
 * Origin and that the caller is signed in with the role admin, on every request; every change
 * goes through lib/auth, which writes it to the record with the admin's e-mail address as actor.
 * An admin cannot remove or demote the own account (there would be no admin left to undo it).
 */
import "server-only";
import { AccountError, ROLES, addAccount, findAccount, isRole, normalizeEmail, removeAccount, resetPassword, setRole } from "../auth/accounts";
import { createApiToken, listApiTokens, revokeApiToken } from "../auth/api-tokens";
import { endAllSessions } from "../auth/sessions";
import type { HeaderSource } from "../http/base-url";
import { crossSiteProblem } from "./origin";
import { type StaffAccess, staffAccessFor } from "./session";

type FormLike = { get(name: string): unknown };
const text = (form: FormLike, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");

export interface AccountFormState {
  /** What was typed (never a password), shown again after a refusal. */
  values?: Record<string, string>;
  /** Field name → German message; „form“ for what belongs to no field. */
  errors?: Record<string, string>;
  /** What was done, in German. */
  done?: string;
  /** A new API token: shown this once. */
  token?: string;
}

export const SESSION_ENDED_MESSAGE = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.";

type Admin = Extract<StaffAccess, { ok: true }>;

async function admin(headers: HeaderSource): Promise<{ ok: true; access: Admin } | { ok: false; message: string }> {
  const crossSite = crossSiteProblem(headers);
  if (crossSite) return { ok: false, message: crossSite };
  const access = await staffAccessFor(["admin"]);
  if (!access.ok) return { ok: false, message: access.kind === "signed-out" ? SESSION_ENDED_MESSAGE : access.reason };
  return { ok: true, access };
}

function refused(error: unknown, values?: Record<string, string>, field = "form"): AccountFormState {
  if (error instanceof AccountError) return { values, errors: { [field]: error.message } };
  throw error;
}

const ROLE_PROBLEM = `Bitte wählen Sie eine Rolle: ${ROLES.join(" oder ")}.`;

export async function addAccountFromForm(form: FormLike, headers: HeaderSource): Promise<AccountFormState> {
  const values = { email: text(form, "email").trim(), role: text(form, "role") };
  const password = text(form, "password");
  const who = await admin(headers);
  if (!who.ok) return { values, errors: { form: who.message } };
  const errors: Record<string, string> = {};
  if (!values.email) errors.email = "Bitte geben Sie die E-Mail-Adresse ein.";
  if (!isRole(values.role)) errors.role = ROLE_PROBLEM;
  if (!password) errors.password = "Bitte geben Sie ein Passwort ein.";
  else if (password !== text(form, "password2")) errors.password2 = "Die beiden Passwörter stimmen nicht überein.";
  if (Object.keys(errors).length > 0) return { values, errors };
  try {
    const account = await addAccount(who.access.db, { email: values.email, role: values.role, password, actor: who.access.account.email });
    return { done: `Das Konto ${account.email} (${account.role}) ist angelegt.` };
  } catch (error) {
    const field = error instanceof AccountError ? ({ "invalid-email": "email", exists: "email", "invalid-password": "password", "invalid-role": "role" } as Record<string, string>)[error.code] : undefined;
    return refused(error, values, field);
  }
}

/** The account a form names, or the message why it cannot be changed here. */
function target(form: FormLike, who: Admin, action: string): { email: string } | { message: string } {
  const email = normalizeEmail(text(form, "email"));
  if (!email) return { message: "Es fehlt, welches Konto gemeint ist." };
  if (email === who.account.email) return { message: `Ihr eigenes Konto können Sie hier nicht ${action}; das muss ein anderes Konto mit der Rolle „admin“ tun.` };
  return { email };
}

export async function setRoleFromForm(form: FormLike, headers: HeaderSource): Promise<AccountFormState> {
  const who = await admin(headers);
  if (!who.ok) return { errors: { form: who.message } };
  const chosen = target(form, who.access, "herabstufen oder hochstufen");
  if ("message" in chosen) return { errors: { form: chosen.message } };
  const role = text(form, "role");
  if (!isRole(role)) return { errors: { role: ROLE_PROBLEM } };
  try {
    const before = await findAccount(who.access.db, chosen.email);
    await setRole(who.access.db, { email: chosen.email, role, actor: who.access.account.email });
    if (!before || before.role === role) return { done: `${chosen.email} hat die Rolle „${role}“ schon.` };
    // Signed-in sessions would keep working with the new role at once; they are ended so that
    // the person signs in again knowingly (and a demoted admin has no open admin page left).
    await endAllSessions(who.access.db, before.id);
    return { done: `${chosen.email} hat jetzt die Rolle „${role}“; die Sitzungen des Kontos sind beendet.` };
  } catch (error) {
    return refused(error);
  }
}

export async function resetPasswordFromForm(form: FormLike, headers: HeaderSource): Promise<AccountFormState> {
  const who = await admin(headers);
  if (!who.ok) return { errors: { form: who.message } };
  const email = normalizeEmail(text(form, "email"));
  const password = text(form, "password");
  if (!email) return { errors: { form: "Es fehlt, welches Konto gemeint ist." } };
  if (!password) return { errors: { password: "Bitte geben Sie das neue Passwort ein." } };
  if (password !== text(form, "password2")) return { errors: { password2: "Die beiden Passwörter stimmen nicht überein." } };
  try {
    await resetPassword(who.access.db, { email, password, actor: who.access.account.email });
    const own = email === who.access.account.email;
    return { done: `Das Passwort von ${email} ist neu gesetzt; alle Sitzungen des Kontos sind beendet${own ? " (auch Ihre: bitte melden Sie sich neu an)" : ""}.` };
  } catch (error) {
    return refused(error, undefined, error instanceof AccountError && error.code === "invalid-password" ? "password" : "form");
  }
}

export async function removeAccountFromForm(form: FormLike, headers: HeaderSource): Promise<AccountFormState> {
  const who = await admin(headers);
  if (!who.ok) return { errors: { form: who.message } };
  const chosen = target(form, who.access, "entfernen");
  if ("message" in chosen) return { errors: { form: chosen.message } };
  if (text(form, "confirm") !== "ja") return { errors: { confirm: `Bitte bestätigen Sie, dass das Konto ${chosen.email} entfernt werden soll.` } };
  try {
    await removeAccount(who.access.db, { email: chosen.email, actor: who.access.account.email });
    return { done: `Das Konto ${chosen.email} ist entfernt, mit seinen Sitzungen und API-Tokens.` };
  } catch (error) {
    return refused(error);
  }
}

export async function createTokenFromForm(form: FormLike, headers: HeaderSource): Promise<AccountFormState> {
  const values = { email: text(form, "email"), name: text(form, "name") };
  const who = await admin(headers);
  if (!who.ok) return { values, errors: { form: who.message } };
  if (!values.email) return { values, errors: { email: "Bitte wählen Sie das Konto, für das das Token gilt." } };
  try {
    const { token, info } = await createApiToken(who.access.db, { email: values.email, name: values.name, actor: who.access.account.email });
    return { done: `Das API-Token „${info.name}“ für ${info.email} ist angelegt.`, token };
  } catch (error) {
    return refused(error, values, error instanceof AccountError && error.code === "invalid-name" ? "name" : "email");
  }
}

export async function revokeTokenFromForm(form: FormLike, headers: HeaderSource): Promise<AccountFormState> {
  const who = await admin(headers);
  if (!who.ok) return { errors: { form: who.message } };
  const id = text(form, "id");
  const token = (await listApiTokens(who.access.db)).find((t) => t.id === id);
  const revoked = id ? await revokeApiToken(who.access.db, { tokenId: id, actor: who.access.account.email }) : false;
  if (!revoked || !token) return { errors: { form: "Dieses API-Token gibt es nicht oder es ist schon widerrufen." } };
  return { done: `Das API-Token „${token.name}“ von ${token.email} ist widerrufen.` };
}
