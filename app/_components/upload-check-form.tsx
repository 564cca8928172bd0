"use client";

import { type ChangeEvent, useActionState, useState } from "react";
import { checkFileAction } from "@/app/pruefen/actions";
import { uploadSizeProblem } from "@/lib/overview/check-upload-size";
import { UploadCheckResult } from "./upload-check-result";

interface UploadCheckFormProps {
  maxBytes: number;
}

/** Upload form; works without JavaScript (a server action), with it the size is checked first. */
export function UploadCheckForm({ maxBytes }: UploadCheckFormProps) {
  const [check, action, pending] = useActionState(checkFileAction, null);
  const [sizeProblem, setSizeProblem] = useState<string | null>(null);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setSizeProblem(file ? uploadSizeProblem(file.size, maxBytes) : null);
  }

  return (
    <>
      <form action={action} className="upload-form">
        <div className={`kern-form-input${sizeProblem ? " kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor="datei">
            CSV-Datei
          </label>
          <input
            id="datei"
            name="datei"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="kern-form-input__input"
            onChange={onChange}
            aria-describedby={sizeProblem ? "datei-fehler" : undefined}
            aria-invalid={sizeProblem ? true : undefined}
          />
          {sizeProblem && (
            <p className="kern-error" id="datei-fehler" role="alert">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{sizeProblem}</span>
            </p>
          )}
        </div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending || sizeProblem !== null}>
          <span className="kern-label">{pending ? "Wird geprüft …" : "Datei prüfen"}</span>
        </button>
      </form>
      <div aria-live="polite">{check && <UploadCheckResult check={check} />}</div>
    </>
  );
}
