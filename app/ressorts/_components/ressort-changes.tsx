import Link from "next/link";
import type { RessortChanges as Changes } from "@/lib/view/ressort-view";
import { leistungHref } from "@/lib/routes";
import { formatNumber, formatDate } from "@/lib/format";
import type { Leistung } from "@/lib/leistung";
import { FIELDS, NOT_SET, isControlledField } from "@/lib/vocabulary";
import styles from "./ressort.module.css";
import { PhaseTag } from "@/app/_components/phase-tag";

interface RessortChangesProps {
  changes: Changes | null;
  /** The Stand shown, or null for the newest (for links to services). */
  standQuery: string | null;
  apiHref: string | null;
}

function shown(field: string, value: string): string {
  if (value !== "") return value;
  return isControlledField(field) ? NOT_SET : "(leer)";
}

function ServiceList({ rows, stand, testId }: { rows: Leistung[]; stand: string | null; testId: string }) {
  if (rows.length === 0) return <p className={`kern-body ${styles.empty}`}>Keine.</p>;
  return (
    <ul className={styles.list} data-testid={testId}>
      {rows.map((row) => (
        <li key={row.ozgId} data-ozg-id={row.ozgId}>
          <Link href={leistungHref(row.ozgId, stand)} className="kern-link">
            {row.leistung}
          </Link>{" "}
          ({row.ozgId}, Phase {row.phase})
        </li>
      ))}
    </ul>
  );
}

/** What moved for this Ressort since the previous Stand: phases, new and dropped services, other fields. */
export function RessortChanges({ changes, standQuery, apiHref }: RessortChangesProps) {
  if (!changes) {
    return (
      <section className={styles.block} aria-labelledby="aenderungen-titel">
        <h2 id="aenderungen-titel" className="kern-heading-small">
          Änderungen
        </h2>
        <p className={`kern-body ${styles.empty}`}>Dies ist der älteste veröffentlichte Stand; es gibt keinen früheren zum Vergleich.</p>
      </section>
    );
  }
  const { from, to, phaseChanges, added, removed, otherChanges } = changes;
  return (
    <section className={styles.block} aria-labelledby="aenderungen-titel" data-testid="ressort-changes">
      <h2 id="aenderungen-titel" className="kern-heading-small">
        Änderungen seit dem Stand {formatDate(from)}
      </h2>
      <p className="kern-body">
        Vergleich der Stände {formatDate(from)} und {formatDate(to)}: {formatNumber(phaseChanges.length)}{" "}
        {phaseChanges.length === 1 ? "Leistung hat" : "Leistungen haben"} die Phase gewechselt, {formatNumber(added.length)} {added.length === 1 ? "ist" : "sind"} neu,{" "}
        {formatNumber(removed.length)} entfallen.
        {apiHref && (
          <>
            {" "}
            <a href={apiHref} className="kern-link">
              Alle Änderungen als JSON
            </a>
          </>
        )}
      </p>

      <h3 className="kern-heading-small">Phase gewechselt</h3>
      {phaseChanges.length === 0 ? (
        <p className={`kern-body ${styles.empty}`}>Keine.</p>
      ) : (
        <div className={styles.tableScroll} role="region" aria-labelledby="phasen-tabelle" tabIndex={0}>
          <table className={`kern-table kern-table--small ${styles.table}`} data-testid="ressort-phase-changes">
            <caption id="phasen-tabelle" className="visually-hidden">
                Leistungen, deren Phase sich geändert hat
              </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">OZG-ID</th>
                <th scope="col" className="kern-table__header">Leistung</th>
                <th scope="col" className="kern-table__header">Phase vorher</th>
                <th scope="col" className="kern-table__header">Phase jetzt</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {phaseChanges.map((c) => (
                <tr key={c.ozgId} className="kern-table__row" data-ozg-id={c.ozgId}>
                  <td className="kern-table__cell">{c.ozgId}</td>
                  <td className="kern-table__cell">
                    <Link href={leistungHref(c.ozgId, standQuery)} className="kern-link">
                      {c.leistung}
                    </Link>
                  </td>
                  <td className="kern-table__cell" data-field="before">
                    <PhaseTag phase={c.before} />
                  </td>
                  <td className="kern-table__cell" data-field="after">
                    <PhaseTag phase={c.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {changes.shortened && (
        <p className="kern-body">Lange Listen sind hier gekürzt; alle Änderungen stehen im JSON.</p>
      )}

      <h3 className="kern-heading-small">Neu aufgenommen</h3>
      <ServiceList rows={added} stand={standQuery} testId="ressort-added" />

      <h3 className="kern-heading-small">Entfallen</h3>
      <ServiceList rows={removed} stand={from} testId="ressort-removed" />

      <h3 className="kern-heading-small">Weitere Änderungen</h3>
      {otherChanges.length === 0 ? (
        <p className={`kern-body ${styles.empty}`}>Keine.</p>
      ) : (
        <div className={styles.tableScroll} role="region" aria-labelledby="weitere-tabelle" tabIndex={0}>
          <table className={`kern-table kern-table--small ${styles.table}`} data-testid="ressort-other-changes">
            <caption id="weitere-tabelle" className="visually-hidden">
                Weitere geänderte Angaben
              </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Leistung</th>
                <th scope="col" className="kern-table__header">Angabe</th>
                <th scope="col" className="kern-table__header">vorher</th>
                <th scope="col" className="kern-table__header">jetzt</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {otherChanges.flatMap((c) =>
                c.fields.map((f, i) => (
                  <tr key={`${c.ozgId}-${f.field}`} className="kern-table__row">
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={c.fields.length} className="kern-table__header">
                        {c.leistung} ({c.ozgId})
                      </th>
                    )}
                    <td className="kern-table__cell">{FIELDS[f.field].header}</td>
                    <td className="kern-table__cell">{shown(f.field, f.before)}</td>
                    <td className="kern-table__cell">{shown(f.field, f.after)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
