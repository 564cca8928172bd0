"use client";

import { useActionState } from "react";
import { type StandActionKind, standAction } from "@/app/verwaltung/actions";
import styles from "./publish.module.css";

const LABELS: Record<StandActionKind, string> = {
  zurueckziehen: "Zurückziehen",
  wiederherstellen: "Wiederherstellen",
  uebernehmen: "Prüfen und übernehmen",
};

interface StandActionFormProps {
  kind: StandActionKind;
  stand: string;
}

/** One step on a Stand; withdrawing asks for the reason (it goes on record). */
export function StandActionForm({ kind, stand }: StandActionFormProps) {
  const [state, action, pending] = useActionState(standAction, null);
  const reasonId = `grund-${stand}`;
  const errorId = `fehler-${kind}-${stand}`;
  return (
    <form action={action} className={styles.actions} aria-label={`${LABELS[kind]}: Stand ${stand}`}>
      <input type="hidden" name="aktion" value={kind} />
      <input type="hidden" name="stand" value={stand} />
      {kind === "zurueckziehen" && (
        <div className={`kern-form-input ${styles.reason}`}>
          <label className="kern-label" htmlFor={reasonId}>
            Grund des Rückzugs
          </label>
          <input id={reasonId} name="grund" type="text" maxLength={1000} className="kern-form-input__input" aria-describedby={state && !state.ok ? errorId : undefined} />
        </div>
      )}
      <button type="submit" className={`kern-btn ${kind === "zurueckziehen" ? "kern-btn--secondary" : "kern-btn--primary"}`} disabled={pending}>
        <span className="kern-label">{LABELS[kind]}</span>
      </button>
      {state && !state.ok && (
        <p className="kern-error" id={errorId} role="alert">
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{state.message}</span>
        </p>
      )}
    </form>
  );
}
