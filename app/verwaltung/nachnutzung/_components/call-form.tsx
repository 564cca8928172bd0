"use client";

import { useActionState } from "react";
import { saveCallAction } from "@/app/verwaltung/nachnutzung/actions";
import type { CallValues } from "@/lib/reuse/call-input";
import type { CallFormState } from "@/lib/reuse/staff-actions";
import { ReuseErrorSummary } from "@/app/_components/reuse-error-summary";
import { ReuseField } from "@/app/_components/reuse-field";
import styles from "./staff-reuse.module.css";

interface CallFormProps {
  /** Editing this call; a new one without. */
  id?: string;
  values: CallValues;
  news: { value: string; label: string }[];
  today: string;
  submitLabel: string;
}

const LABELS = { ozgIds: "Leistungen", frist: "Frist", text: "Text", newsSlug: "Beitrag" };

/** A call: services, deadline, text, optionally the news item it belongs to. Works without JavaScript. */
export function CallForm({ id, values: initial, news, today, submitLabel }: CallFormProps) {
  const [state, action, pending] = useActionState(saveCallAction, { values: initial, errors: {} } satisfies CallFormState);
  const { values, errors } = state;
  const input = (error?: string) => `kern-form-input__input${error ? " kern-form-input__input--error" : ""}`;
  return (
    <form action={action} noValidate className={styles.form} aria-label={submitLabel} data-testid="call-form">
      {id && <input type="hidden" name="id" value={id} />}
      <ReuseErrorSummary errors={errors} labels={LABELS} idPrefix="abfrage" />
      <ReuseField id="abfrage-ozgIds" label="Leistungen (OZG-IDs)" hint="Eine oder mehrere, getrennt durch Komma oder Leerzeichen, z. B. 10257, 10035" error={errors.ozgIds}>
        {(describedBy, invalid) => (
          <input id="abfrage-ozgIds" name="ozgIds" type="text" className={input(errors.ozgIds)} defaultValue={values.ozgIds ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <ReuseField id="abfrage-frist" label="Frist" hint="Der letzte Tag, an dem Kommunen antworten sollen." error={errors.frist}>
        {(describedBy, invalid) => (
          <input id="abfrage-frist" name="frist" type="date" min={id ? undefined : today} className={input(errors.frist)} defaultValue={values.frist ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <ReuseField id="abfrage-text" label="Text" hint="Worum es geht und wer angesprochen ist; erscheint auf den Seiten der Leistungen." error={errors.text}>
        {(describedBy, invalid) => (
          <textarea id="abfrage-text" name="text" rows={4} maxLength={2000} className={input(errors.text)} defaultValue={values.text ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
      <ReuseField id="abfrage-newsSlug" label="Beitrag unter Aktuelles (freiwillig)" error={errors.newsSlug}>
        {(describedBy) => (
          <div className="kern-form-input__select-wrapper">
            <select id="abfrage-newsSlug" name="newsSlug" className="kern-form-input__select" defaultValue={values.newsSlug ?? ""} aria-describedby={describedBy}>
              <option value="">keiner</option>
              {news.map((n) => (
                <option key={n.value} value={n.value}>
                  {n.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </ReuseField>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">{pending ? "Wird gespeichert …" : submitLabel}</span>
        </button>
      </div>
    </form>
  );
}
