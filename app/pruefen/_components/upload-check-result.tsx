import { formatNumber, leistungenCount } from "@/lib/format";
import type { UploadCheck } from "@/lib/overview/check-upload";
import { uploadSummary } from "@/lib/overview/upload-summary";
import styles from "./upload-check.module.css";

interface UploadCheckResultProps {
  check: Extract<UploadCheck, { ok: true }>;
  /** Receives focus after a check, so keyboard and screen reader users land on the result. */
  headingRef?: React.Ref<HTMLHeadingElement>;
}

/** The outcome of "Datei prüfen": valid, or every problem with line, column and value. */
export function UploadCheckResult({ check, headingRef }: UploadCheckResultProps) {
  const { report, stoppedAtLine } = check;
  const valid = report.errors.length === 0;
  return (
    <section className={styles.result} aria-labelledby="pruefergebnis-titel">
      <div className={`kern-alert ${valid ? "kern-alert--success" : "kern-alert--danger"}`}>
        <div className="kern-alert__header">
          <span className={`kern-icon ${valid ? "kern-icon--success" : "kern-icon--danger"}`} aria-hidden="true" />
          <h2 id="pruefergebnis-titel" className="kern-title" ref={headingRef} tabIndex={-1}>
            {uploadSummary(check)}
          </h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">
            {report.file}: {leistungenCount(report.rows)}, {formatNumber(report.errors.length)} Fehler,{" "}
            {formatNumber(report.warnings.length)} {report.warnings.length === 1 ? "Warnung" : "Warnungen"}.
            {!valid && " So kann sie nicht veröffentlicht werden."}
          </p>
          {stoppedAtLine !== undefined && (
            <p className="kern-body">
              Die Prüfung hat nach {formatNumber(report.errors.length)} Fehlern in Zeile {formatNumber(stoppedAtLine)} aufgehört; alle
              Fehler der Datei nennt <code>npm run validate</code>.
            </p>
          )}
        </div>
      </div>
      {report.errors.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Tabelle der Fehler" tabIndex={0}>
          <table className="kern-table kern-table--small text-table" data-testid="upload-problems">
            <caption className={styles.caption}>Fehler mit Zeile, Spalte und Wert</caption>
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
                  <td className={styles.value}>{p.value ?? ""}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
