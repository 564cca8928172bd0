"use client";

import { useActionState } from "react";
import { changeAction } from "@/app/nachnutzung/[token]/actions";
import type { FormValues } from "@/lib/reuse/form";
import type { LinkActionState } from "@/lib/reuse/form-actions";
import { ReuseContactFields } from "@/app/_components/reuse-contact-fields";
import { ReuseErrorSummary } from "@/app/_components/reuse-error-summary";
import styles from "@/app/_components/reuse-form.module.css";

interface ChangeFormProps {
  token: string;
  values: FormValues;
  maxCommentLength: number;
}

const LABELS = { name: "Ansprechperson", email: "E-Mail-Adresse", telefon: "Telefon", start: "Geplanter Start", kommentar: "Kommentar" };

/** Changing contact data, planned start and comment (a POST form; without JavaScript too). */
export function ChangeForm({ token, values, maxCommentLength }: ChangeFormProps) {
  const [state, action, pending] = useActionState(changeAction, { values, errors: {} } satisfies LinkActionState);
  return (
    <form action={action} noValidate className={styles.form} aria-label="Angaben ändern" data-testid="change-form">
      <input type="hidden" name="token" value={token} />
      <ReuseErrorSummary errors={state.errors} labels={LABELS} idPrefix="aendern" />
      <ReuseContactFields idPrefix="aendern" values={state.values} errors={state.errors} maxCommentLength={maxCommentLength} />
      <div className={styles.buttons}>
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={pending}>
          <span className="kern-label">{pending ? "Wird gespeichert …" : "Änderungen speichern"}</span>
        </button>
      </div>
    </form>
  );
}
