"use client";

import { useActionState, useEffect, useRef } from "react";
import { declareAction } from "@/app/leistungen/[ozgId]/actions";
import { EMPTY_FORM_STATE, HONEYPOT_FIELD } from "@/lib/reuse/form";
import { ReuseContactFields } from "@/app/_components/reuse-contact-fields";
import { ReuseErrorSummary } from "@/app/_components/reuse-error-summary";
import { ReuseField } from "@/app/_components/reuse-field";
import { DeclarationDone } from "./declaration-done";
import styles from "@/app/_components/reuse-form.module.css";

interface DeclarationFormProps {
  ozgId: string;
  kreise: { value: string; label: string }[];
  datenschutzHref: string;
  maxCommentLength: number;
}

const LABELS: Record<string, string> = {
  kreis: "Landkreis oder kreisfreie Stadt",
  gemeinde: "Gemeinde",
  ags: "Gemeindeschlüssel",
  name: "Ansprechperson",
  email: "E-Mail-Adresse",
  telefon: "Telefon",
  start: "Geplanter Start",
  kommentar: "Kommentar",
  einwilligung: "Einwilligung",
};

/**
 * The declaration of reuse interest. A POST form (server action): without JavaScript the page
 * comes back with the result or with a message per field and everything typed kept.
 */
export function DeclarationForm({ ozgId, kreise, datenschutzHref, maxCommentLength }: DeclarationFormProps) {
  const [state, action, pending] = useActionState(declareAction, EMPTY_FORM_STATE);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state !== EMPTY_FORM_STATE) result.current?.focus();
  }, [state]);
  const { values, errors } = state;
  const select = `kern-form-input__select${errors.kreis ? " kern-form-input__select--error" : ""}`;
  const input = (error?: string) => `kern-form-input__input${error ? " kern-form-input__input--error" : ""}`;

  if (state.done) {
    return (
      <div ref={result} tabIndex={-1}>
        <DeclarationDone done={state.done} />
      </div>
    );
  }
  return (
    <form action={action} noValidate className={styles.form} aria-label="Nachnutzungsinteresse bekunden" data-testid="declaration-form">
      <input type="hidden" name="ozgId" value={ozgId} />
      <div ref={result} tabIndex={-1}>
        <ReuseErrorSummary errors={errors} labels={LABELS} idPrefix="nn" />
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Kommune</legend>
        <div className="kern-fieldset__body">
          <ReuseField id="nn-kreis" label="Landkreis oder kreisfreie Stadt" error={errors.kreis}>
            {(describedBy, invalid) => (
              <div className="kern-form-input__select-wrapper">
                <select id="nn-kreis" name="kreis" required className={select} defaultValue={values.kreis ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                  <option value="">Bitte wählen</option>
                  {kreise.map((k) => (
                    <option key={k.value} value={k.value}>
                      {k.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </ReuseField>
          <div className={styles.pair}>
            <ReuseField id="nn-gemeinde" label="Gemeinde (freiwillig)" hint="Leer lassen, wenn der Landkreis oder die kreisfreie Stadt selbst nachnutzt." error={errors.gemeinde}>
              {(describedBy, invalid) => (
                <input id="nn-gemeinde" name="gemeinde" type="text" maxLength={100} className={input(errors.gemeinde)} defaultValue={values.gemeinde ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
              )}
            </ReuseField>
            <ReuseField id="nn-ags" label="Gemeindeschlüssel (freiwillig)" hint="8 Ziffern, beginnt mit 15" error={errors.ags}>
              {(describedBy, invalid) => (
                <input id="nn-ags" name="ags" type="text" inputMode="numeric" maxLength={12} className={input(errors.ags)} defaultValue={values.ags ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
              )}
            </ReuseField>
          </div>
        </div>
      </fieldset>
      <ReuseContactFields idPrefix="nn" values={values} errors={errors} maxCommentLength={maxCommentLength} />
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="nn-webseite">Webseite (bitte leer lassen)</label>
        <input id="nn-webseite" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className={`kern-form-check${errors.einwilligung ? " kern-form-check--error" : ""}`}>
        <input
          id="nn-einwilligung"
          name="einwilligung"
          type="checkbox"
          value="ja"
          className={`kern-form-check__checkbox${errors.einwilligung ? " kern-form-check__checkbox--error" : ""}`}
          defaultChecked={values.einwilligung === "ja"}
          aria-describedby={errors.einwilligung ? "nn-einwilligung-fehler" : undefined}
          aria-invalid={errors.einwilligung ? true : undefined}
        />
        <label className="kern-label" htmlFor="nn-einwilligung">
          Ich willige ein, dass meine Kontaktdaten für die Abstimmung der Nachnutzung gespeichert werden (siehe{" "}
          <a href={datenschutzHref} className="kern-link">
            Datenschutz
          </a>
          ).
        </label>
      </div>
      {errors.einwilligung && (
        <p className="kern-error" id="nn-einwilligung-fehler">
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{errors.einwilligung}</span>
        </p>
      )}
      <div className={styles.buttons}>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">{pending ? "Wird gesendet …" : "Interesse bekunden"}</span>
        </button>
      </div>
    </form>
  );
}
