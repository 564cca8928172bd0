"use client";

import { useActionState } from "react";
import { changeStatusAction } from "@/app/verwaltung/nachnutzung/actions";
import type { StatusFormState } from "@/lib/reuse/staff-actions";
import { ReuseErrorSummary } from "@/app/_components/reuse-error-summary";
import { ReuseField } from "@/app/_components/reuse-field";
import styles from "./staff-reuse.module.css";

interface StatusFormProps {
  id: string;
  next: { value: string; label: string }[];
  suggested: string | null;
  today: string;
}

const EMPTY: StatusFormState = { values: {}, errors: {} };
const LABELS = { status: "Neuer Status", datum: "Datum", notiz: "Notiz" };

/** A status step with the date it happened and a note (in the history and the record). Works without JavaScript. */
export function StatusForm({ id, next, suggested, today }: StatusFormProps) {
  const [state, action, pending] = useActionState(changeStatusAction, EMPTY);
  const { values, errors } = state;
  return (
    <form action={action} noValidate className={styles.form} aria-label="Status ändern" data-testid="status-form">
      <input type="hidden" name="id" value={id} />
      <ReuseErrorSummary errors={errors} labels={LABELS} idPrefix="schritt" />
      <ReuseField id="schritt-status" label="Neuer Status" error={errors.status}>
        {(describedBy) => (
          <div className="kern-form-input__select-wrapper">
            <select id="schritt-status" name="status" className="kern-form-input__select" defaultValue={values.status ?? suggested ?? ""} aria-describedby={describedBy}>
              <option value="">Bitte wählen</option>
              {next.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </ReuseField>
      <ReuseField id="schritt-datum" label="Datum" hint="Wann der Schritt geschah (heute, oder früher)." error={errors.datum}>
        {(describedBy, invalid) => (
          <input id="schritt-datum" name="datum" type="date" max={today} className="kern-form-input__input" defaultValue={values.datum ?? today} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <ReuseField id="schritt-notiz" label="Notiz" hint="Pflicht bei einem Schritt zurück. Steht im Protokoll: bitte keine personenbezogenen Daten." error={errors.notiz}>
        {(describedBy, invalid) => (
          <textarea id="schritt-notiz" name="notiz" rows={3} maxLength={1000} className="kern-form-input__input" defaultValue={values.notiz ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">{pending ? "Wird gespeichert …" : "Schritt speichern"}</span>
        </button>
      </div>
    </form>
  );
}
