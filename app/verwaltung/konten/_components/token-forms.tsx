"use client";

import { useActionState } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/verwaltung/konten/actions";
import { ReuseField } from "@/app/_components/reuse-field";
import type { AccountFormState } from "@/lib/staff/account-forms";
import { FormResult } from "./form-result";
import styles from "./konten.module.css";

/** A new API token for an account; the token is shown once, in the answer to this form. */
export function CreateTokenForm({ emails }: { emails: readonly string[] }) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(createTokenAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} noValidate className={styles.form} aria-label="API-Token anlegen" data-testid="create-token-form">
      <FormResult state={state} />
      {state.token && (
        <div className="kern-alert kern-alert--warning" data-testid="new-token">
          <div className="kern-alert__body">
            <p className="kern-body">
              <strong>Das Token wird nur jetzt angezeigt und kann nicht erneut angezeigt werden.</strong> Kopieren Sie es jetzt an einen
              sicheren Ort (zum Beispiel die Einstellungen des Skripts). Geht es verloren: widerrufen und ein neues anlegen.
            </p>
            <p className="kern-body">
              <code className={styles.token} data-testid="new-token-value">
                {state.token}
              </code>
            </p>
          </div>
        </div>
      )}
      <ReuseField id="token-konto" label="Konto" hint="Das Token handelt mit der Rolle dieses Kontos." error={errors.email}>
        {(describedBy) => (
          <div className="kern-form-input__select-wrapper">
            <select id="token-konto" name="email" className="kern-form-input__select" defaultValue={state.values?.email ?? ""} aria-describedby={describedBy}>
              <option value="">Bitte wählen</option>
              {emails.map((email) => (
                <option key={email} value={email}>
                  {email}
                </option>
              ))}
            </select>
          </div>
        )}
      </ReuseField>
      <ReuseField id="token-name" label="Name (freiwillig)" hint="Wofür das Token ist, z. B. „Veröffentlichung per Skript“." error={errors.name}>
        {(describedBy, invalid) => (
          <input id="token-name" name="name" type="text" maxLength={100} className="kern-form-input__input" defaultValue={state.values?.name ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">Token anlegen</span>
        </button>
      </div>
    </form>
  );
}

export function RevokeTokenForm({ id, name, email }: { id: string; name: string; email: string }) {
  const [state, action, pending] = useActionState<AccountFormState, FormData>(revokeTokenAction, {});
  return (
    <form action={action} className={styles.inline}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="kern-btn kern-btn--tertiary" disabled={pending} aria-label={`Token „${name}“ von ${email} widerrufen`}>
        <span className="kern-label">Widerrufen</span>
      </button>
      <FormResult state={state} />
    </form>
  );
}
