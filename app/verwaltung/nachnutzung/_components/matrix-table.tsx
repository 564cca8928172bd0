import Link from "next/link";
import type { StaffMatrixModel } from "@/lib/view/staff-reuse-view";
import styles from "./staff-reuse.module.css";

/** Kommunen down, services across; each cell the status of that Kommune's declaration, linking to it. */
export function MatrixTable({ model }: { model: StaffMatrixModel }) {
  if (model.rows.length === 0) return <p className="kern-body">Keine Bekundung passt zu diesem Filter.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="matrix-titel" tabIndex={0}>
      <table className={`kern-table kern-table--small ${styles.matrix}`} data-testid="matrix">
        <caption id="matrix-titel" className="visually-hidden">
          Stand der Nachnutzung je Kommune und Leistung
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Kommune
            </th>
            {model.columns.map((c) => (
              <th key={c.ozgId} scope="col" className="kern-table__header" data-ozg-id={c.ozgId}>
                {c.leistung}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {model.rows.map((row) => (
            <tr key={row.kommune} className="kern-table__row" data-testid="matrix-row">
              <th scope="row" className="kern-table__cell">
                {row.kommune}
              </th>
              {row.cells.map((cell, i) => (
                <td key={model.columns[i].ozgId} className={`kern-table__cell ${styles.cell}`} data-status={cell?.status} data-ozg-id={model.columns[i].ozgId}>
                  {cell ? (
                    <Link href={cell.href} className="kern-link">
                      {cell.label}
                      {cell.late ? " (verspätet)" : ""}
                    </Link>
                  ) : (
                    <span aria-label="keine Bekundung">–</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
