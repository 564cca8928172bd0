import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { HistoryEntry } from "@/lib/view/leistung-view";
import { HISTORY_FIELDS } from "@/lib/view/leistung-view";
import { leistungHref } from "@/lib/routes";
import { FIELDS } from "@/lib/vocabulary";
import { LeistungCell } from "@/app/_components/leistung-cell";
import styles from "./leistung-page.module.css";
import cellStyles from "@/app/_components/leistung-cell.module.css";

interface LeistungHistoryProps {
  history: HistoryEntry[];
  ozgId: string;
  /** The Stand the page shows, marked in the table. */
  shownStand: string;
}

/** The service across all published Stände, newest first; changed values are marked. */
export function LeistungHistory({ history, ozgId, shownStand }: LeistungHistoryProps) {
  const newest = history[0]?.stand;
  return (
    <section aria-labelledby="verlauf-titel">
      <h2 id="verlauf-titel" className="kern-heading-medium">
        Entwicklung über die Stände
      </h2>
      <div className="table-scroll" role="region" aria-label="Tabelle der Stände" tabIndex={0}>
        <table className={`kern-table kern-table--small text-table ${styles.history}`} data-testid="leistung-history">
          <caption className="visually-hidden">Werte der Leistung in jedem veröffentlichten Stand, der neueste zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Stand</th>
              {HISTORY_FIELDS.map((field) => (
                <th key={field} scope="col">
                  {FIELDS[field].header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.stand} aria-current={entry.stand === shownStand ? "true" : undefined}>
                <th scope="row">
                  <Link href={leistungHref(ozgId, entry.stand === newest ? null : entry.stand)} className="kern-link">
                    {formatDate(entry.stand)}
                  </Link>
                </th>
                {entry.row ? (
                  HISTORY_FIELDS.map((field) => (
                    <td key={field} data-changed={entry.changed.includes(field) || undefined}>
                      <LeistungCell field={field} row={entry.row!} q="" />
                      {entry.changed.includes(field) && <span className={styles.changed}> (geändert)</span>}
                    </td>
                  ))
                ) : (
                  <td colSpan={HISTORY_FIELDS.length}>
                    <span className={cellStyles.empty}>in diesem Stand nicht enthalten</span>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
