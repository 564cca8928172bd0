import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { HistoryEntry } from "@/lib/view/leistung-view";
import { HISTORY_FIELDS } from "@/lib/view/leistung-view";
import { leistungHref } from "@/lib/routes";
import { FIELDS, NOT_SET } from "@/lib/vocabulary";
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
  const shown = history.find((e) => e.stand === shownStand);
  return (
    <section aria-labelledby="verlauf-titel">
      <h2 id="verlauf-titel" className="kern-heading-medium">
        Entwicklung über die Stände
      </h2>
      {shown && shown.previousStand && shown.row && (
        <p className="kern-body" data-testid="history-summary">
          {shown.changed.length === 0 ? (
            <>Gegenüber dem Stand vom {formatDate(shown.previousStand)} unverändert.</>
          ) : (
            <>
              Geändert gegenüber dem Stand vom {formatDate(shown.previousStand)}:{" "}
              {shown.changed.map((f, i) => (
                <span key={f}>
                  {FIELDS[f].header}: {shown.before[f] || NOT_SET} → <strong>{shown.row![f] || NOT_SET}</strong>
                  {i < shown.changed.length - 1 ? "; " : "."}
                </span>
              ))}
            </>
          )}
        </p>
      )}
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
                      {entry.changed.includes(field) && (
                        <span className={styles.changed} data-testid="history-before">
                          {" "}
                          (geändert, vorher: {entry.before[field] || NOT_SET})
                        </span>
                      )}
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
