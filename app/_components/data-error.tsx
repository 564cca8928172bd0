import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { markDataUnavailable } from "@/lib/http/response-override";
import { PATHS } from "@/lib/routes";
import type { DataSourceError } from "@/lib/store/errors";
import styles from "./data-error.module.css";

interface DataErrorProps {
  error: DataSourceError;
}

const SHOWN_PROBLEMS = 50;

/** A broken data folder is an error page with the reason, never an empty table. */
export function DataError({ error }: DataErrorProps) {
  // Rendered before the page's headers go out: the page answers 503, not 200.
  markDataUnavailable();
  return (
    <div className={`kern-alert kern-alert--danger ${styles.error}`} role="alert" data-testid="data-error">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h1 className="kern-title">Die Daten können nicht angezeigt werden</h1>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{error.message}</p>
        {error.problems.length > 0 && (
          <ul className="kern-list">
            {error.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
            {error.problemCount > SHOWN_PROBLEMS && <li>… und {formatNumber(error.problemCount - SHOWN_PROBLEMS)} weitere Fehler.</li>}
          </ul>
        )}
        <p className="kern-body kern-body--small">
          Bitte versuchen Sie es später noch einmal oder schreiben Sie der OZG-Koordination. Wer die Übersicht pflegt, findet die
          Fehler einer Datei unter{" "}
          <Link href={PATHS.pruefen} className="kern-link">
            Datei prüfen
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
