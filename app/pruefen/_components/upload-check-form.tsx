"use client";

import { type ChangeEvent, useActionState, useEffect, useRef, useState } from "react";
import { checkFileAction } from "@/app/pruefen/actions";
import { uploadSizeProblem } from "@/lib/overview/check-upload-size";
import { uploadSummary } from "@/lib/overview/upload-summary";
import { UploadCheckResult } from "./upload-check-result";
import styles from "./upload-check.module.css";

interface UploadCheckFormProps {
  maxBytes: number;
}

/**
 * Upload form; works without JavaScript (a server action). With it, the size is checked before
 * sending, a one-sentence summary is announced, and focus moves to the result.
 */
export function UploadCheckForm({ maxBytes }: UploadCheckFormProps) {
  const [check, action, pending] = useActionState(checkFileAction, null);
  const [sizeProblem, setSizeProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [check]);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setSizeProblem(file ? uploadSizeProblem(file.size, maxBytes) : null);
  }

  return (
    <>
      <form action={action} className={styles.form}>
        <div className={`kern-form-input${sizeProblem ? " kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor="datei">
            Datei (Excel-Arbeitsmappe oder CSV)
          </label>
          <input
            id="datei"
            name="datei"
            type="file"
            accept=".xlsx,.csv,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="kern-form-input__input"
            onChange={onChange}
            aria-describedby={sizeProblem ? "datei-fehler" : undefined}
            aria-invalid={sizeProblem ? true : undefined}
          />
          {sizeProblem && (
            <p className="kern-error" id="datei-fehler">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{sizeProblem}</span>
            </p>
          )}
        </div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending || sizeProblem !== null}>
          <span className="kern-label">{pending ? "Wird geprüft …" : "Datei prüfen"}</span>
        </button>
      </form>
      {/* Announced once per change: the size problem or the result's summary, not the whole table. */}
      <p className="visually-hidden" role="status">
        {sizeProblem ?? (pending ? "Die Datei wird geprüft." : check ? uploadSummary(check) : "")}
      </p>
      {check &&
        (check.ok ? (
          <UploadCheckResult check={check} headingRef={heading} />
        ) : (
          <div className={`kern-alert kern-alert--danger ${styles.result}`}>
            <div className="kern-alert__body">
              <p className="kern-body">{check.message}</p>
            </div>
          </div>
        ))}
    </>
  );
}
