import { formatNumber, leistungenCount } from "@/lib/format";
import type { UploadCheck } from "@/lib/overview/upload-report";
import type { Problem } from "@/lib/overview/read";
import { reportPayload } from "@/lib/overview/report-payload";
import { uploadSummary } from "@/lib/overview/upload-summary";
import { PATHS } from "@/lib/routes";
import styles from "./upload-check.module.css";

interface UploadCheckResultProps {
  check: Extract<UploadCheck, { ok: true }>;
  /** Receives focus after a check, so keyboard and screen reader users land on the result. */
  headingRef?: React.Ref<HTMLHeadingElement>;
}

/** Cell text isolated for display: a bidi override in a value cannot reorder the table around it. */
function Isolated({ text }: { text: string | null | undefined }) {
  return text ? <bdi>{text}</bdi> : <>–</>;
}

function ProblemTable({ problems, caption }: { problems: Problem[]; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={`kern-table kern-table--small text-table ${styles.problems}`} data-testid="upload-problems">
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Zeile</th>
            <th scope="col">Spalte</th>
            <th scope="col">OZG-ID</th>
            <th scope="col">Leistung</th>
            <th scope="col">Wert</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row ?? "–"}</td>
              <td>
                <Isolated text={p.column} />
              </td>
              <td>
                <Isolated text={p.ozgId} />
              </td>
              <td className={styles.leistung}>
                <Isolated text={p.leistung} />
              </td>
              <td className={styles.value}>{p.value ? <bdi>{p.value}</bdi> : ""}</td>
              <td>
                <bdi>{p.text}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The outcome of "Datei prüfen": valid, or every problem with row, column, service and value. */
export function UploadCheckResult({ check, headingRef }: UploadCheckResultProps) {
  const { report, stoppedAtRow, moreErrors, moreWarnings } = check;
  const valid = report.errors.length === 0;
  const hasProblems = report.errors.length + report.warnings.length > 0;
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
            <bdi>{report.file}</bdi>: {leistungenCount(report.rows)}, {formatNumber(report.errors.length + (moreErrors ?? 0))} Fehler,{" "}
            {formatNumber(report.warnings.length + (moreWarnings ?? 0))}{" "}
            {report.warnings.length + (moreWarnings ?? 0) === 1 ? "Warnung" : "Warnungen"}.
            {valid
              ? " Die OZG-Koordination kann sie so veröffentlichen."
              : " So kann sie nicht veröffentlicht werden. Bitte die Fehler in der Tabelle beheben und die Datei erneut prüfen."}
          </p>
          {stoppedAtRow !== undefined && (
            <p className="kern-body">
              Die Prüfung hat nach {formatNumber(report.errors.length)} Fehlern in Zeile {formatNumber(stoppedAtRow)} aufgehört. Bitte
              diese Fehler beheben und die Datei erneut prüfen; dann werden die weiteren genannt.
            </p>
          )}
        </div>
      </div>
      {hasProblems && (
        <form method="post" action={PATHS.pruefenBericht} className={styles.downloads}>
          <input type="hidden" name="bericht" value={reportPayload(report)} />
          <button type="submit" name="format" value="csv" className="kern-btn kern-btn--secondary" data-testid="bericht-csv">
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">Prüfbericht als CSV</span>
          </button>
          <button type="submit" name="format" value="xlsx" className="kern-btn kern-btn--secondary" data-testid="bericht-xlsx">
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">Prüfbericht als Excel-Datei</span>
          </button>
        </form>
      )}
      {report.errors.length > 0 && <ProblemTable problems={report.errors} caption="Fehler mit Zeile, Spalte und Wert" />}
      {moreErrors !== undefined && <p className="kern-body">… und {formatNumber(moreErrors)} weitere Fehler; alle nennt <code>npm run validate</code>.</p>}
      {report.warnings.length > 0 && (
        <>
          <h3 className="kern-heading-small">Warnungen</h3>
          <ProblemTable problems={report.warnings} caption="Warnungen mit Zeile, Spalte und Wert" />
          {moreWarnings !== undefined && (
            <p className="kern-body">
              … und {formatNumber(moreWarnings)} weitere Warnungen; alle nennt <code>npm run validate</code>.
            </p>
          )}
        </>
      )}
    </section>
  );
}
