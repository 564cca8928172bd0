import Link from "next/link";
import { formatDate, formatLongDate, leistungenCount } from "@/lib/format";
import type { ChangesView } from "@/lib/view/changes-view";
import { leistungHref } from "@/lib/view/leistung-href";
import { FIELDS } from "@/lib/vocabulary";
import { ChangesForm } from "./changes-form";
import { ChangesList } from "./changes-list";
import { ParamNotices } from "./param-notices";

interface ChangesPageProps {
  view: ChangesView;
}

/** What changed between two Stände: new, dropped and changed services, field by field. */
export function ChangesPage({ view }: ChangesPageProps) {
  return (
    <div className="changes-page">
      <h1 className="kern-heading-large">Änderungen zwischen zwei Ständen</h1>
      {view.ok ? (
        <>
          <ChangesForm staende={view.staende} von={view.diff.from} bis={view.diff.to} />
          <p className="kern-body">
            Vom {formatLongDate(view.diff.from)} zum {formatLongDate(view.diff.to)}: {leistungenCount(view.diff.added.length)} neu,{" "}
            {leistungenCount(view.diff.removed.length)} entfallen, {leistungenCount(view.diff.changed.length)} geändert.{" "}
            <a href={`/api/aenderungen?von=${view.diff.from}&bis=${view.diff.to}`} className="kern-link">
              Als JSON
            </a>
          </p>
          <ChangesList title="Neu aufgenommen" rows={view.diff.added} stand={view.diff.to} />
          <ChangesList title="Entfallen" rows={view.diff.removed} stand={view.diff.from} />
          <section aria-labelledby="geaendert-titel">
            <h2 id="geaendert-titel" className="kern-heading-medium">
              Geändert ({view.diff.changed.length})
            </h2>
            {view.diff.changed.length === 0 ? (
              <p className="kern-body">Keine Leistung wurde geändert.</p>
            ) : (
              <div className="table-scroll" role="region" aria-labelledby="geaendert-titel" tabIndex={0}>
                <table className="kern-table kern-table--small changes-table">
                  <caption className="visually-hidden">
                    Geänderte Leistungen vom {formatDate(view.diff.from)} zum {formatDate(view.diff.to)}, Feld für Feld
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">OZG-ID</th>
                      <th scope="col">Leistung</th>
                      <th scope="col">Änderungen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.diff.changed.map((c) => (
                      <tr key={c.ozgId}>
                        <td>{c.ozgId}</td>
                        <th scope="row">
                          <Link href={leistungHref(c.ozgId)} className="kern-link">
                            {c.leistung}
                          </Link>
                        </th>
                        <td>
                          <ul className="cell-list">
                            {c.fields.map((f) => (
                              <li key={f.field}>
                                {FIELDS[f.field].header}: {f.before || "nicht festgelegt"} → <strong>{f.after || "nicht festgelegt"}</strong>
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
          </section>
        </>
      ) : (
        <>
          <ChangesForm staende={view.staende} von={null} bis={null} />
          <ParamNotices problems={view.problems} />
        </>
      )}
    </div>
  );
}
