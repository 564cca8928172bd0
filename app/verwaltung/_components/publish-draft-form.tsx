"use client";

import { useActionState } from "react";
import { publishDraftAction } from "@/app/verwaltung/actions";
import styles from "./publish.module.css";

interface PublishDraftFormProps {
  draftId: string;
  stand: string;
  /** Dates that are taken: the browser warns before sending, the server refuses. */
  taken: string[];
}

/** The last step: the Stand date (never one that exists) and „Veröffentlichen“. */
export function PublishDraftForm({ draftId, stand, taken }: PublishDraftFormProps) {
  const [state, action, pending] = useActionState(publishDraftAction, null);
  const clash = taken.includes(stand);
  return (
    <form action={action} className={styles.form} aria-label="Veröffentlichen" data-testid="publish-draft">
      <input type="hidden" name="entwurf" value={draftId} />
      <div className={`kern-form-input${state && !state.ok ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="publish-stand">
          Stand (Datum)
        </label>
        {clash && (
          <p className="kern-hint" id="publish-stand-hint">
            Einen Stand mit diesem Datum gibt es schon; bitte ein anderes Datum wählen.
          </p>
        )}
        <input
          id="publish-stand"
          name="stand"
          type="date"
          required
          defaultValue={stand}
          className="kern-form-input__input"
          aria-describedby={[clash ? "publish-stand-hint" : "", state && !state.ok ? "publish-error" : ""].filter(Boolean).join(" ") || undefined}
        />
        {state && !state.ok && (
          <p className="kern-error" id="publish-error" role="alert">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{state.message}</span>
          </p>
        )}
      </div>
      <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
        <span className="kern-label">{pending ? "Wird veröffentlicht …" : "Veröffentlichen"}</span>
      </button>
    </form>
  );
}
