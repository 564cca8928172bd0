import type { Metadata } from "next";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import { StandActionForm } from "@/app/verwaltung/_components/stand-action-form";
import styles from "@/app/verwaltung/_components/publish.module.css";
import { formatDateTime, formatLongDate, formatNumber } from "@/lib/format";
import { PATHS } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { STATE_LABELS, loadStaendeView } from "@/lib/view/staff-staende-view";

export const metadata: Metadata = { title: "Stände", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StaendePage({ searchParams }: PageProps) {
  const [search, access] = await Promise.all([searchParams, staffAccess()]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltungStaende} title="Stände" />;
  const view = await loadStaendeView(search);
  const admin = access.account.role === "admin";
  return (
    <div data-testid="staff-staende">
      <StaffNav current="staende" account={access.account} />
      <h1 className="kern-heading-large">Stände</h1>
      {view.done && (
        <div className="kern-alert kern-alert--success" role="status" data-testid="staende-done">
          <div className="kern-alert__body">
            <p className="kern-body">{view.done}</p>
          </div>
        </div>
      )}
      <p className="kern-body">
        Jeder veröffentlichte Stand steht mit Prüfsumme (SHA-256) und Zeilenzahl im Protokoll; eine Datei, die nicht mehr dazu passt, wird nicht gezeigt.
        Zurückgezogene Stände bleiben erhalten; {admin ? "Sie können sie wiederherstellen." : "ein Admin kann sie wiederherstellen."}
      </p>
      <div className="table-scroll" role="region" aria-label="Tabelle der Stände" tabIndex={0}>
        <table className="kern-table kern-table--small text-table" data-testid="staende-table">
          <caption className="visually-hidden">Alle Stände mit Zustand, Veröffentlichung und Rückzug</caption>
          <thead>
            <tr>
              <th scope="col">Stand</th>
              <th scope="col">Zustand</th>
              <th scope="col">Veröffentlichung</th>
              <th scope="col">Aktion</th>
            </tr>
          </thead>
          <tbody>
            {view.states.map((s) => (
              <tr key={s.stand} data-stand={s.stand}>
                <th scope="row">{formatLongDate(s.stand)}</th>
                <td>
                  {STATE_LABELS[s.state]}
                  {s.entry?.withdrawn && (
                    <>
                      <br />
                      am {formatDateTime(s.entry.withdrawnAt!)} von {s.entry.withdrawnBy}: <bdi>{s.entry.withdrawnReason}</bdi>
                    </>
                  )}
                  {s.state === "mismatch" && s.served && (
                    <>
                      <br />
                      Die zuletzt geprüfte Fassung wird aus dem Speicher weiter gezeigt.
                    </>
                  )}
                </td>
                <td>
                  {s.entry ? (
                    <>
                      {formatDateTime(s.entry.publishedAt)} von {s.entry.publishedBy}, {formatNumber(s.entry.rows)} Zeilen
                      {s.entry.fileName && (
                        <>
                          , Datei <bdi>{s.entry.fileName}</bdi>
                        </>
                      )}
                      <br />
                      SHA-256 <span className={styles.sha}>{s.entry.sha256}</span>
                    </>
                  ) : (
                    "nicht verzeichnet"
                  )}
                </td>
                <td>
                  {s.state === "ok" && <StandActionForm kind="zurueckziehen" stand={s.stand} />}
                  {s.state === "withdrawn" && admin && <StandActionForm kind="wiederherstellen" stand={s.stand} />}
                  {s.state === "unregistered" && admin && <StandActionForm kind="uebernehmen" stand={s.stand} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
