"use client";

/**
 * An unexpected error while rendering a page: German text, no details (in production Next
 * passes only a digest to the browser; the server log has the error). Next answers 500.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h1 className="kern-title">Die Seite kann gerade nicht angezeigt werden</h1>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">Auf dem Server ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es in einigen Minuten erneut.</p>
        {error.digest && <p className="kern-body kern-body--small">Fehlerkennung für die OZG-Koordination: {error.digest}</p>}
        <p className="kern-body">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={reset}>
            <span className="kern-label">Erneut versuchen</span>
          </button>
        </p>
      </div>
    </div>
  );
}
