"use client";

import { useActionState } from "react";
import { removeAccountAction, resetPasswordAction, setRoleAction } from "@/app/verwaltung/konten/actions";
import { ReuseField } from "@/app/_components/reuse-field";
import type { AccountFormState } from "@/lib/staff/account-forms";
import { FormResult } from "./form-result";
import styles from "./konten.module.css";

interface AccountProps {
  email: string;
  /** Unique per account on the page, for the ids of the fields. */
  idPrefix: string;
}

export function RoleForm({ email, role, idPrefix }: AccountProps & { role: string }) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(setRoleAction, {});
  return (
    <form action={action} className={styles.form} aria-label={`Rolle von ${email} ändern`}>
      <FormResult state={state} />
      <input type="hidden" name="email" value={email} />
      <ReuseField id={`${idPrefix}-rolle`} label="Rolle" hint="Alle Sitzungen des Kontos werden dabei beendet." error={state.errors?.role}>
        {(describedBy) => (
          <div className="kern-form-input__select-wrapper">
            <select id={`${idPrefix}-rolle`} name="role" className="kern-form-input__select" defaultValue={role} aria-describedby={describedBy}>
              <option value="redaktion">redaktion</option>
              <option value="admin">admin</option>
            </select>
          </div>
        )}
      </ReuseField>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={pending}>
          <span className="kern-label">Rolle ändern</span>
        </button>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ email, idPrefix, minPasswordLength }: AccountProps & { minPasswordLength: number }) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} noValidate className={styles.form} aria-label={`Neues Passwort für ${email}`}>
      <FormResult state={state} />
      <input type="hidden" name="email" value={email} />
      <ReuseField id={`${idPrefix}-passwort`} label="Neues Passwort" hint={`Mindestens ${minPasswordLength} Zeichen. Alle Sitzungen des Kontos werden beendet.`} error={state.errors?.password}>
        {(describedBy, invalid) => (
          <input id={`${idPrefix}-passwort`} name="password" type="password" autoComplete="new-password" className="kern-form-input__input" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <ReuseField id={`${idPrefix}-passwort2`} label="Neues Passwort wiederholen" error={state.errors?.password2}>
        {(describedBy, invalid) => (
          <input id={`${idPrefix}-passwort2`} name="password2" type="password" autoComplete="new-password" className="kern-form-input__input" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={pending}>
          <span className="kern-label">Passwort setzen</span>
        </button>
      </div>
    </form>
  );
}

export function RemoveAccountForm({ email, idPrefix }: AccountProps) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(removeAccountAction, {});
  const error = state.errors?.confirm;
  return (
    <form action={action} noValidate className={styles.form} aria-label={`Konto ${email} entfernen`}>
      <FormResult state={state} />
      <input type="hidden" name="email" value={email} />
      <div className={`kern-form-check${error ? " kern-form-input--error" : ""}`}>
        <input className="kern-form-check__checkbox" type="checkbox" id={`${idPrefix}-entfernen`} name="confirm" value="ja" aria-describedby={error ? `${idPrefix}-entfernen-fehler` : undefined} />
        <label className="kern-label" htmlFor={`${idPrefix}-entfernen`}>
          Ja, das Konto {email} mit seinen Sitzungen und API-Tokens entfernen
        </label>
      </div>
      {error && (
        <p className="kern-error" id={`${idPrefix}-entfernen-fehler`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={pending}>
          <span className="kern-label">Konto entfernen</span>
        </button>
      </div>
    </form>
  );
}
