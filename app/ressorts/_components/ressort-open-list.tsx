import Link from "next/link";
import type { RessortView } from "@/lib/view/ressort-view";
import { leistungenCount } from "@/lib/format";
import { NOT_SET } from "@/lib/vocabulary";
import styles from "./ressort.module.css";
import { PhaseTag } from "@/app/_components/phase-tag";

interface RessortOpenListProps {
  view: RessortView;
}

/** The Ressort's services of high priority that are not in Betrieb yet, least advanced first. */
export function RessortOpenList({ view }: RessortOpenListProps) {
  const rows = view.openHighPriority;
  const total = view.openHighPriorityTotal;
  return (
    <section className={styles.block} aria-labelledby="offen-hoch-titel">
      <h2 id="offen-hoch-titel" className="kern-heading-small">
        Hohe Priorität, noch nicht in Betrieb
      </h2>
      {total === 0 ? (
        <p className={`kern-body ${styles.empty}`}>Keine: Alle Leistungen mit hoher Priorität sind in Betrieb.</p>
      ) : (
        <>
          <p className="kern-body">
            {leistungenCount(total)} mit hoher Priorität {total === 1 ? "ist" : "sind"} noch nicht in Betrieb
            {total > rows.length ? `; gezeigt sind die ${rows.length} am wenigsten weit fortgeschrittenen` : ""}.{" "}
            <Link href={view.openHighPriorityHref} className="kern-link">
              In der Übersicht anzeigen
            </Link>
          </p>
          <div className={styles.tableScroll} role="region" aria-labelledby="offen-hoch-tabelle" tabIndex={0}>
            <table className={`kern-table kern-table--small ${styles.table}`} data-testid="ressort-open-high">
              <caption id="offen-hoch-tabelle" className="visually-hidden">
                Leistungen mit hoher Priorität, die noch nicht in Betrieb sind
              </caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">OZG-ID</th>
                  <th scope="col" className="kern-table__header">Leistung</th>
                  <th scope="col" className="kern-table__header">Phase</th>
                  <th scope="col" className="kern-table__header">Priorität</th>
                  <th scope="col" className="kern-table__header">Umsetzungsmodell</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {rows.map(({ row, href }) => (
                  <tr key={row.ozgId} className="kern-table__row" data-ozg-id={row.ozgId}>
                    <td className="kern-table__cell">{row.ozgId}</td>
                    <td className="kern-table__cell">
                      <Link href={href} className="kern-link">
                        {row.leistung}
                      </Link>
                    </td>
                    <td className="kern-table__cell" data-field="phase">
                      <PhaseTag phase={row.phase} />
                    </td>
                    <td className="kern-table__cell" data-field="prioritaet">
                      {row.prioritaet}
                    </td>
                    <td className="kern-table__cell">{row.umsetzungsmodell || NOT_SET}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
