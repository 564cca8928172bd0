import Link from "next/link";
import type { RessortIndexView } from "@/lib/view/ressort-view";
import { formatNumber } from "@/lib/format";
import styles from "./ressort.module.css";

interface RessortIndexTableProps {
  view: RessortIndexView;
}

const num = `kern-table__cell ${styles.num}`;
const numHeader = `kern-table__header ${styles.num}`;

/** The nine ministries with their number of services, how many are in Betrieb and how many urgent ones are open. */
export function RessortIndexTable({ view }: RessortIndexTableProps) {
  return (
    <div className={styles.tableScroll} role="region" aria-labelledby="ressorts-tabelle" tabIndex={0}>
      <table className={`kern-table ${styles.table}`} data-testid="ressort-index">
        <caption id="ressorts-tabelle" className="visually-hidden">
                Ressorts und ihre Leistungen
              </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Ressort</th>
            <th scope="col" className="kern-table__header">Kürzel</th>
            <th scope="col" className={numHeader}>Leistungen</th>
            <th scope="col" className={numHeader}>davon in Betrieb</th>
            <th scope="col" className={numHeader}>hohe Priorität, nicht in Betrieb</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {view.ressorts.map((r) => (
            <tr key={r.kuerzel} className="kern-table__row" data-ressort={r.kuerzel}>
              <th scope="row" className="kern-table__header">
                <Link href={r.href} className="kern-link">
                  {r.name}
                </Link>
              </th>
              <td className="kern-table__cell">{r.kuerzel}</td>
              <td className={num} data-field="total">
                {formatNumber(r.total)}
              </td>
              <td className={num}>{formatNumber(r.inBetrieb)}</td>
              <td className={num}>{formatNumber(r.openHighPriority)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="kern-table__footer">
          <tr className="kern-table__row">
            <th scope="row" className="kern-table__header">
              <Link href={view.unassignedHref} className="kern-link">
                ohne Ressort
              </Link>
            </th>
            <td className="kern-table__cell" />
            <td className={num}>{formatNumber(view.unassigned)}</td>
            <td className="kern-table__cell" />
            <td className="kern-table__cell" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
