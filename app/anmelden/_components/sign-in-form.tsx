"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/anmelden/actions";
import type { SignInFormState } from "@/lib/staff/sign-in-form";
import styles from "./sign-in.module.css";

interface SignInFormProps {
  /** The checked staff path to go to afterwards. */
  weiter: string;
}

const EMPTY: SignInFormState = { email: "" };

/** E-mail and password; works without JavaScript (a server action). The message stays above the fields. */
export function SignInForm({ weiter }: SignInFormProps) {
  const [state, action, pending] = useActionState(signInAction, EMPTY);
  const failed = Boolean(state.message);
  return (
    <form action={action} noValidate className={styles.form} aria-label="Anmelden" data-testid="sign-in-form">
      {state.message && (
        <div className="kern-alert kern-alert--danger" role="alert" data-testid="sign-in-error">
          <div className="kern-alert__body">
            <p className="kern-body" id="anmelden-fehler">
              {state.message}
            </p>
          </div>
        </div>
      )}
      <input type="hidden" name="weiter" value={weiter} />
      <div className={`kern-form-input${failed && state.kind === "invalid" ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="anmelden-email">
          E-Mail
        </label>
        <input
          id="anmelden-email"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          className="kern-form-input__input"
          defaultValue={state.email}
          aria-describedby={failed ? "anmelden-fehler" : undefined}
          aria-invalid={state.kind === "invalid" || undefined}
          required
        />
      </div>
      <div className={`kern-form-input${failed && state.kind === "invalid" ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="anmelden-passwort">
          Passwort
        </label>
        <input
          id="anmelden-passwort"
          name="password"
          type="password"
          autoComplete="current-password"
          className="kern-form-input__input"
          aria-describedby={failed ? "anmelden-fehler" : undefined}
          aria-invalid={state.kind === "invalid" || undefined}
          required
        />
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">{pending ? "Anmeldung läuft …" : "Anmelden"}</span>
        </button>
      </div>
    </form>
  );
}
