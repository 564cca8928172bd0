"use client";

import { useActionState } from "react";
import { type NewsFormPageState, saveNewsAction } from "@/app/verwaltung/aktuelles/actions";
import { ReuseErrorSummary } from "@/app/_components/reuse-error-summary";
import { ReuseField } from "@/app/_components/reuse-field";
import { NEWS_CATEGORIES } from "@/lib/news/schema";
import { NEWS_FORM_LABELS, NEWS_LIMITS, type NewsFormValues } from "@/lib/news/staff-input";
import styles from "./staff-news.module.css";

interface NewsFormProps {
  /** The address of the item being edited; a new item without. */
  editing?: string;
  values: NewsFormValues;
  /** Label of the button that saves without publishing. */
  saveLabel: string;
  /** False for a published item: saving keeps it published, a second button is not needed. */
  offerPublish: boolean;
}

/** The fields of a news item, „Vorschau“, saving and publishing. Works without JavaScript. */
export function NewsForm({ editing, values: initial, saveLabel, offerPublish }: NewsFormProps) {
  const [state, action, pending] = useActionState(saveNewsAction, { values: initial, errors: {} } satisfies NewsFormPageState);
  const { values, errors } = state;
  const input = (error?: string) => `kern-form-input__input${error ? " kern-form-input__input--error" : ""}`;
  const aria = (describedBy: string | undefined, invalid: boolean) => ({ "aria-describedby": describedBy, "aria-invalid": invalid || undefined });
  return (
    <>
      {state.preview && (
        <section className={styles.preview} aria-labelledby="vorschau-titel" data-testid="news-preview">
          <h2 id="vorschau-titel" className="kern-heading-medium">
            Vorschau – noch nicht gespeichert
          </h2>
          <p className="kern-body">So erscheint der Beitrag unter Aktuelles, sobald er veröffentlicht ist.</p>
          <div className={styles.previewFrame}>{state.preview}</div>
        </section>
      )}
      {state.unknownOzgIds && state.unknownOzgIds.length > 0 && (
        <div className="kern-alert kern-alert--warning" role="status" data-testid="news-unknown-ozgids">
          <div className="kern-alert__body">
            <p className="kern-body">
              Hinweis: Im aktuellen Stand gibt es keine Leistung mit der OZG-ID {state.unknownOzgIds.join(", ")}. Der Beitrag kann sie trotzdem nennen (ein
              späterer Stand kann sie enthalten); seine Seite sagt dann, dass sie im Stand fehlt.
            </p>
          </div>
        </div>
      )}
      <form key={state.round ?? 0} action={action} noValidate className={styles.form} aria-label={editing ? "Beitrag ändern" : "Neuer Beitrag"} data-testid="news-form">
        {editing && <input type="hidden" name="editing" value={editing} />}
        <ReuseErrorSummary errors={errors} labels={NEWS_FORM_LABELS} idPrefix="beitrag" />
        <ReuseField id="beitrag-title" label="Titel" error={errors.title}>
          {(d, i) => <input id="beitrag-title" name="title" type="text" maxLength={NEWS_LIMITS.title} className={input(errors.title)} defaultValue={values.title ?? ""} {...aria(d, i)} />}
        </ReuseField>
        <ReuseField id="beitrag-shortTitle" label="Kurztitel (freiwillig)" hint="Für enge Stellen, z. B. den Hinweis in der Tabelle „Aktuelles: …“. Ohne ihn gilt der Titel." error={errors.shortTitle}>
          {(d, i) => (
            <input id="beitrag-shortTitle" name="shortTitle" type="text" maxLength={NEWS_LIMITS.shortTitle} className={input(errors.shortTitle)} defaultValue={values.shortTitle ?? ""} {...aria(d, i)} />
          )}
        </ReuseField>
        <ReuseField id="beitrag-summary" label="Zusammenfassung (freiwillig)" hint="Ein oder zwei schlichte Sätze für die Liste unter Aktuelles." error={errors.summary}>
          {(d, i) => <textarea id="beitrag-summary" name="summary" rows={2} className={input(errors.summary)} defaultValue={values.summary ?? ""} {...aria(d, i)} />}
        </ReuseField>
        <div className={styles.pair}>
          <ReuseField id="beitrag-category" label="Kategorie" error={errors.category}>
            {(d, i) => (
              <div className="kern-form-input__select-wrapper">
                <select id="beitrag-category" name="category" className="kern-form-input__select" defaultValue={values.category ?? "Meldung"} {...aria(d, i)}>
                  {NEWS_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </ReuseField>
          <ReuseField id="beitrag-date" label="Datum" hint="Meldung und Frist: Tag der Veröffentlichung. Sprechstunde und Veranstaltung: der (erste) Tag." error={errors.date}>
            {(d, i) => <input id="beitrag-date" name="date" type="date" className={input(errors.date)} defaultValue={values.date ?? ""} {...aria(d, i)} />}
          </ReuseField>
          <ReuseField id="beitrag-endDate" label="Ende (freiwillig)" hint="Letzter Tag einer Sprechstunde oder Veranstaltung über mehrere Tage." error={errors.endDate}>
            {(d, i) => <input id="beitrag-endDate" name="endDate" type="date" className={input(errors.endDate)} defaultValue={values.endDate ?? ""} {...aria(d, i)} />}
          </ReuseField>
          <ReuseField id="beitrag-deadline" label="Frist (bei der Kategorie Frist nötig)" hint="Der letzte Tag, an dem man noch handeln kann." error={errors.deadline}>
            {(d, i) => <input id="beitrag-deadline" name="deadline" type="date" className={input(errors.deadline)} defaultValue={values.deadline ?? ""} {...aria(d, i)} />}
          </ReuseField>
        </div>
        <ReuseField id="beitrag-location" label="Ort (freiwillig)" hint="z. B. Messe Essen, Halle 3, Messeplatz 1, 45131 Essen" error={errors.location}>
          {(d, i) => <input id="beitrag-location" name="location" type="text" maxLength={NEWS_LIMITS.location} className={input(errors.location)} defaultValue={values.location ?? ""} {...aria(d, i)} />}
        </ReuseField>
        <ReuseField id="beitrag-ozgIds" label="OZG-IDs (freiwillig)" hint="Die Leistungen, die der Beitrag nennt, getrennt durch Komma oder Leerzeichen, z. B. 10257, 10035" error={errors.ozgIds}>
          {(d, i) => <input id="beitrag-ozgIds" name="ozgIds" type="text" inputMode="numeric" className={input(errors.ozgIds)} defaultValue={values.ozgIds ?? ""} {...aria(d, i)} />}
        </ReuseField>
        <ReuseField
          id="beitrag-body"
          label="Text"
          hint="Markdown: **fett**, *kursiv*, [Linktext](https://…), Listen mit „- “, Zwischenüberschriften mit „## “. HTML wird nicht übernommen."
          error={errors.body}
        >
          {(d, i) => <textarea id="beitrag-body" name="body" rows={14} className={`${input(errors.body)} ${styles.body}`} defaultValue={values.body ?? ""} {...aria(d, i)} />}
        </ReuseField>
        {editing ? (
          <p className="kern-body">
            Kurzname (Adresse): <code>{editing}</code> – er bleibt, damit Links auf den Beitrag gültig bleiben.
          </p>
        ) : (
          <ReuseField
            id="beitrag-slug"
            label="Kurzname (freiwillig)"
            hint="Wird Teil der Adresse /aktuelles/…: Kleinbuchstaben a–z, Ziffern und Bindestriche. Leer lassen, um ihn aus dem Titel zu bilden. Später nicht änderbar."
            error={errors.slug}
          >
            {(d, i) => <input id="beitrag-slug" name="slug" type="text" maxLength={NEWS_LIMITS.slug} className={input(errors.slug)} defaultValue={values.slug ?? ""} {...aria(d, i)} />}
          </ReuseField>
        )}
        <div className={styles.buttons}>
          <button type="submit" name="intent" value="vorschau" className="kern-btn kern-btn--secondary" disabled={pending}>
            <span className="kern-label">Vorschau</span>
          </button>
          <button type="submit" name="intent" value="speichern" className="kern-btn kern-btn--secondary" disabled={pending}>
            <span className="kern-label">{saveLabel}</span>
          </button>
          {offerPublish && (
            <button type="submit" name="intent" value="veroeffentlichen" className="kern-btn kern-btn--primary" disabled={pending}>
              <span className="kern-label">Veröffentlichen</span>
            </button>
          )}
          {pending && <span className="kern-body" role="status">Wird bearbeitet …</span>}
        </div>
      </form>
    </>
  );
}
