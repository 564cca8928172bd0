import type { UploadCheck } from "@/lib/overview/check-upload";
import { formatNumber, leistungenCount } from "@/lib/format";

interface UploadCheckResultProps {
  check: UploadCheck;
}

/** The outcome of "Datei prüfen": valid, or every problem with line, column and value. */
export function UploadCheckResult({ check }: UploadCheckResultProps) {
  if (!check.ok) {
    return (
      <div className="kern-alert kern-alert--danger upload-result" role="alert">
        <div className="kern-alert__body">
          <p className="kern-body">{check.message}</p>
        </div>
      </div>
    );
  }
  const { report, errorCount, warningCount } = check;
  const valid = errorCount === 0;
  return (
    <section className="upload-result" aria-labelledby="pruefergebnis-titel">
      <div className={`kern-alert ${valid ? "kern-alert--success" : "kern-alert--danger"}`}>
        <div className="kern-alert__header">
          <span className={`kern-icon ${valid ? "kern-icon--success" : "kern-icon--danger"}`} aria-hidden="true" />
          <h2 id="pruefergebnis-titel" className="kern-title">
            {valid ? "Die Datei ist gültig." : `Die Datei enthält ${formatNumber(errorCount)} ${errorCount === 1 ? "Fehler" : "Fehler"}.`}
          </h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">
            {report.file}: {leistungenCount(report.rows)}, {formatNumber(errorCount)} Fehler, {formatNumber(warningCount)}{" "}
            {warningCount === 1 ? "Warnung" : "Warnungen"}.
            {!valid && " So kann sie nicht veröffentlicht werden."}
          </p>
        </div>
      </div>
      {report.errors.length > 0 && (
        <>
          <h3 className="kern-heading-small">Fehler</h3>
          <div className="table-scroll" role="region" aria-label="Fehler der Datei" tabIndex={0}>
            <table className="kern-table kern-table--small upload-problems">
              <thead>
                <tr>
                  <th scope="col">Zeile</th>
                  <th scope="col">Spalte</th>
                  <th scope="col">Wert</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((p, i) => (
                  <tr key={i}>
                    <td>{p.line ?? "–"}</td>
                    <td>{p.column ?? "–"}</td>
                    <td className="upload-problems__value">{p.value ?? ""}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {errorCount > report.errors.length && (
            <p className="kern-body">
              Gezeigt sind die ersten {formatNumber(report.errors.length)} von {formatNumber(errorCount)} Fehlern; alle nennt{" "}
              <code>npm run validate</code>.
            </p>
          )}
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <h3 className="kern-heading-small">Warnungen</h3>
          <ul className="kern-list">
            {report.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
