import type { RecordRow } from "@/lib/view/record-view";
import styles from "./protokoll.module.css";

/** The entries of one page, newest first; the details as a list of label and value. */
export function RecordTable({ rows }: { rows: RecordRow[] }) {
  return (
    <div className="table-scroll" role="region" aria-label="Einträge des Protokolls" tabIndex={0}>
      <table className="kern-table kern-table--small" data-testid="record-table">
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Zeit</th>
            <th scope="col" className="kern-table__header">Wer</th>
            <th scope="col" className="kern-table__header">Aktion</th>
            <th scope="col" className="kern-table__header">Einzelheiten</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="kern-table__row" data-action={row.action} data-testid="record-entry">
              <td className="kern-table__cell">
                <time dateTime={row.at} className={styles.time}>
                  {row.time}
                </time>
              </td>
              <td className="kern-table__cell">{row.actor}</td>
              <td className="kern-table__cell">{row.actionLabel}</td>
              <td className="kern-table__cell">
                {row.details.length > 0 && (
                  <dl className={styles.details}>
                    {row.details.map((line, i) => (
                      <div key={i}>
                        <dt>{line.label}</dt>
                        <dd>{line.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
