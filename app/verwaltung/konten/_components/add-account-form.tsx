"use client";

import { useActionState } from "react";
import { addAccountAction } from "@/app/verwaltung/konten/actions";
import { ReuseField } from "@/app/_components/reuse-field";
import type { AccountFormState } from "@/lib/staff/account-forms";
import { FormResult } from "./form-result";
import styles from "./konten.module.css";

const ROLE_OPTIONS = [
  { value: "redaktion", label: "redaktion – veröffentlicht Stände, schreibt Aktuelles, verfolgt Nachnutzung" },
  { value: "admin", label: "admin – dazu Konten und API-Tokens verwalten" },
];

/** A new account: e-mail address, role, the password twice (at least 12 characters). */
export function AddAccountForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(addAccountAction, {});
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} noValidate className={styles.form} aria-label="Konto anlegen" data-testid="add-account-form">
      <FormResult state={state} />
      <ReuseField id="neu-email" label="E-Mail-Adresse" error={errors.email}>
        {(describedBy, invalid) => (
          <input id="neu-email" name="email" type="email" autoComplete="off" spellCheck={false} className="kern-form-input__input" defaultValue={values.email ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <ReuseField id="neu-rolle" label="Rolle" error={errors.role}>
        {(describedBy) => (
          <div className="kern-form-input__select-wrapper">
            <select id="neu-rolle" name="role" className="kern-form-input__select" defaultValue={values.role || "redaktion"} aria-describedby={describedBy}>
              {ROLE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </ReuseField>
      <ReuseField id="neu-passwort" label="Passwort" hint={`Mindestens ${minPasswordLength} Zeichen. Geben Sie es der Person auf einem sicheren Weg weiter.`} error={errors.password}>
        {(describedBy, invalid) => (
          <input id="neu-passwort" name="password" type="password" autoComplete="new-password" className="kern-form-input__input" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <ReuseField id="neu-passwort2" label="Passwort wiederholen" error={errors.password2}>
        {(describedBy, invalid) => (
          <input id="neu-passwort2" name="password2" type="password" autoComplete="new-password" className="kern-form-input__input" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">{pending ? "Wird angelegt …" : "Konto anlegen"}</span>
        </button>
      </div>
    </form>
  );
}
