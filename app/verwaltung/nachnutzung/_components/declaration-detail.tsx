import Link from "next/link";
import type { StaffDetailModel } from "@/lib/view/staff-reuse-view";
import { StaffReuseNav } from "./staff-reuse-nav";
import { StatusForm } from "./status-form";
import styles from "./staff-reuse.module.css";

/** One declaration for staff: Kommune, contact, start, status, the whole history, and the next step. */
export function DeclarationDetail({ model, saved }: { model: StaffDetailModel; saved: boolean }) {
  return (
    <article data-testid="staff-declaration">
      <StaffReuseNav current="leistung" />
      <h1 className="kern-heading-large">
        {model.kommune}: {model.leistung}
      </h1>
      {saved && (
        <div className="kern-alert kern-alert--success" role="status" data-testid="status-saved">
          <div className="kern-alert__body">
            <p className="kern-body">Der Schritt ist gespeichert und im Protokoll vermerkt.</p>
          </div>
        </div>
      )}
      <p className="kern-body">
        Status: <strong data-testid="staff-status">{model.statusLabel}</strong>
        {model.late && " · verspätet (nach der Frist der Abfrage bekundet)"}
      </p>
      <dl className={`kern-description-list ${styles.facts}`}>
        {(
          [
            ["Leistung", <Link key="l" href={model.leistungHref} className="kern-link">{`${model.leistung} (OZG-ID ${model.ozgId})`}</Link>],
            ["Kreis", model.kreis],
            ["Gemeindeschlüssel", model.ags ?? "–"],
            ["Ansprechperson", model.kontakt ? model.kontakt.name : "Kontaktdaten gelöscht"],
            ["E-Mail", model.kontakt ? <a key="m" href={`mailto:${model.kontakt.email}`} className="kern-link">{model.kontakt.email}</a> : "–"],
            ["Telefon", model.kontakt?.telefon ?? "–"],
            ["Geplanter Start", model.start],
            ["Kommentar", model.kommentar ?? "–"],
            ["Abfrage", model.call ?? "–"],
            ["Bekundet am", model.createdAt],
            ["Bestätigt am", model.confirmedAt ?? "noch nicht"],
          ] as const
        ).map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="kern-heading-medium">Nächster Schritt</h2>
      {model.next.length > 0 ? (
        <>
          {model.status === "unbestaetigt" && (
            <p className="kern-body">Die Kommune hat die Bekundung noch nicht bestätigt; bis dahin kann sie nur zurückgezogen werden.</p>
          )}
          <StatusForm id={model.id} next={model.next} suggested={model.suggested} today={model.today} />
        </>
      ) : (
        <p className="kern-body">Die Bekundung ist zurückgezogen; weitere Schritte gibt es nicht.</p>
      )}
      <h2 className="kern-heading-medium">Verlauf</h2>
      <table className="kern-table kern-table--small" data-testid="staff-history">
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Datum</th>
            <th scope="col" className="kern-table__header">Status</th>
            <th scope="col" className="kern-table__header">Notiz</th>
            <th scope="col" className="kern-table__header">von</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {model.history.map((h, i) => (
            <tr key={i} className="kern-table__row">
              <td className="kern-table__cell">{h.date}</td>
              <td className="kern-table__cell">{h.from ? `${h.from} → ${h.label}` : h.label}</td>
              <td className="kern-table__cell">{h.note ?? ""}</td>
              <td className="kern-table__cell">{h.actor}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href={model.listHref} className="kern-link">
          Alle Bekundungen zu dieser Leistung
        </Link>
      </p>
    </article>
  );
}
