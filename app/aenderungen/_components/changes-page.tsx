import Link from "next/link";
import { formatDate, formatLongDate, formatNumber, leistungenCount } from "@/lib/format";
import { type ChangesView, SHOWN_CHANGES } from "@/lib/view/changes-view";
import { leistungHref } from "@/lib/routes";
import { FIELDS, NOT_SET } from "@/lib/vocabulary";
import { ChangesForm } from "./changes-form";
import { ChangesList } from "./changes-list";
import { ParamNotices } from "@/app/_components/param-notices";
import { SubscribeLink } from "@/app/_components/subscribe-link";
import { changesFeedHref } from "@/lib/routes";
import styles from "./changes-page.module.css";
import cellStyles from "@/app/_components/leistung-cell.module.css";

interface ChangesPageProps {
  view: ChangesView;
}

/** What changed between two Stände: new, dropped and changed services, field by field. */
export function ChangesPage({ view }: ChangesPageProps) {
  const { diff } = view;
  const newest = view.newestStand;
  // Links to a service show it as in the newer Stand of the comparison (no parameter for the newest).
  const standOf = (stand: string) => (stand === newest ? null : stand);
  return (
    <div className={styles.page}>
      <h1 className="kern-heading-large">Änderungen zwischen zwei Ständen</h1>
      <SubscribeLink kind="feed" href={changesFeedHref()} what="die Änderungen jedes neuen Stands" />
      <ParamNotices problems={view.problems} />
      {view.onlyStand ? (
        <div className="kern-alert kern-alert--info" role="status" data-testid="changes-empty">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <h2 className="kern-title">Noch nichts zu vergleichen</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">
              Bisher ist ein Stand der Übersicht veröffentlicht, der vom {formatLongDate(view.onlyStand)}. Sobald die OZG-Koordination
              einen weiteren Stand veröffentlicht, zeigt diese Seite, welche Leistungen neu sind, welche entfallen sind und was sich bei
              den übrigen geändert hat. Wer das nicht verpassen möchte, abonniert die Änderungen oben.
            </p>
          </div>
        </div>
      ) : (
        <ChangesForm staende={view.staende} von={diff?.from ?? null} bis={diff?.to ?? null} />
      )}
      {diff && (
        <>
          <p className="kern-body">
            Vom {formatLongDate(diff.from)} zum {formatLongDate(diff.to)}: {leistungenCount(diff.added.length)} neu,{" "}
            {leistungenCount(diff.removed.length)} entfallen, {leistungenCount(diff.changed.length)} geändert.{" "}
            <a href={view.apiHref ?? undefined} className="kern-link">
              Als JSON
            </a>
          </p>
          <ChangesList id="neu" title="Neu aufgenommen" rows={diff.added} stand={standOf(diff.to)} />
          <ChangesList id="entfallen" title="Entfallen" rows={diff.removed} stand={standOf(diff.from)} />
          <section aria-labelledby="geaendert-titel">
            <h2 id="geaendert-titel" className="kern-heading-medium">
              Geändert ({formatNumber(diff.changed.length)})
            </h2>
            {diff.changed.length === 0 ? (
              <p className="kern-body">Keine Leistung wurde geändert.</p>
            ) : (
              <div className="table-scroll" role="region" aria-label="Tabelle der geänderten Leistungen" tabIndex={0}>
                <table className="kern-table kern-table--small text-table" data-testid="changes-table">
                  <caption className="visually-hidden">
                    Geänderte Leistungen vom {formatDate(diff.from)} zum {formatDate(diff.to)}, Feld für Feld
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">OZG-ID</th>
                      <th scope="col">Leistung</th>
                      <th scope="col">Änderungen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {diff.changed.slice(0, SHOWN_CHANGES).map((c) => (
                      <tr key={c.ozgId}>
                        <td>{c.ozgId}</td>
                        <th scope="row">
                          <Link href={leistungHref(c.ozgId, standOf(diff.to))} className="kern-link">
                            {c.leistung}
                          </Link>
                        </th>
                        <td>
                          <ul className={cellStyles.list}>
                            {c.fields.map((f) => (
                              <li key={f.field}>
                                {FIELDS[f.field].header}: {f.before || NOT_SET} → <strong>{f.after || NOT_SET}</strong>
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {diff.changed.length > SHOWN_CHANGES && (
              <p className="kern-body">Gezeigt sind die ersten {formatNumber(SHOWN_CHANGES)}; alle stehen im JSON.</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
