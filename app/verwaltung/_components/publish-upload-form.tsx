"use client";

import { useActionState, useEffect, useRef } from "react";
import { uploadAction } from "@/app/verwaltung/actions";
import { UploadCheckResult } from "@/app/pruefen/_components/upload-check-result";
import styles from "./publish.module.css";

interface PublishUploadFormProps {
  /** The suggested Stand date (today). */
  stand: string;
  maxSize: string;
}

/** Step 1: the file and the Stand date. A valid file goes on to its review; an invalid one shows its report here. */
export function PublishUploadForm({ stand, maxSize }: PublishUploadFormProps) {
  const [state, action, pending] = useActionState(uploadAction, null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [state]);
  const check = state && "check" in state && state.check.ok ? state.check : null;
  const message = state && "message" in state ? state.message : state && "check" in state && !state.check.ok ? state.check.message : null;
  return (
    <>
      <form action={action} className={styles.form} aria-label="Datei hochladen" data-testid="publish-upload">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="datei">
            Datei (Excel-Arbeitsmappe oder CSV, höchstens {maxSize})
          </label>
          <input
            id="datei"
            name="datei"
            type="file"
            required
            accept=".xlsx,.csv,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="kern-form-input__input"
          />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="upload-stand">
            Stand (Datum)
          </label>
          <input id="upload-stand" name="stand" type="date" required defaultValue={stand} className="kern-form-input__input" />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">{pending ? "Wird geprüft …" : "Prüfen"}</span>
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {pending ? "Die Datei wird geprüft." : message ?? (check ? "Die Datei hat Fehler und kann so nicht veröffentlicht werden." : "")}
      </p>
      {message && (
        <div className="kern-alert kern-alert--danger" data-testid="publish-message">
          <div className="kern-alert__body">
            <p className="kern-body">{message}</p>
          </div>
        </div>
      )}
      {check && (
        <div data-testid="publish-report">
          <p className="kern-body">
            <strong>Nicht veröffentlicht:</strong> Die Datei hat Fehler. Es wurde nichts gespeichert; bitte die Datei korrigieren und erneut hochladen.
          </p>
          <UploadCheckResult check={check} headingRef={heading} />
        </div>
      )}
    </>
  );
}
