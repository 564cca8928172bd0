import type { ReuseStatisticsModel } from "@/lib/view/reuse-public";
import styles from "./reuse-declaration.module.css";

interface ReuseStatisticsProps {
  model: ReuseStatisticsModel;
}

/** How many Kommunen are at which status, and who reuses the service (never a contact person). */
export function ReuseStatistics({ model }: ReuseStatisticsProps) {
  return (
    <div className={styles.statistics} data-testid="reuse-statistics">
      <h3 className="kern-heading-small">Stand der Nachnutzung</h3>
      <p className="kern-body">{model.summary}</p>
      {model.total > 0 && (
        <table className="kern-table kern-table--small">
          <caption className="visually-hidden">Kommunen je Status</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Status
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Kommunen
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {model.rows.map((row) => (
              <tr key={row.status} className="kern-table__row" data-status={row.status}>
                <th scope="row" className="kern-table__cell">
                  {row.label}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric" data-testid="status-count">
                  {row.count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {model.unconfirmed > 0 && (
        <p className="kern-body kern-body--small">
          Dazu {model.unconfirmed === 1 ? "eine noch nicht bestätigte Bekundung" : `${model.unconfirmed} noch nicht bestätigte Bekundungen`}.
        </p>
      )}
      {model.kommunen.length > 0 && (
        <p className="kern-body" data-testid="reuse-kommunen">
          Nachgenutzt von: {model.kommunen.join(", ")}
        </p>
      )}
    </div>
  );
}
