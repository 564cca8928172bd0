import type { Metadata } from "next";
import Link from "next/link";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import { PATHS } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { loadRecordView } from "@/lib/view/record-view";
import { RecordFilterForm } from "./_components/record-filter-form";
import { RecordTable } from "./_components/record-table";
import styles from "./_components/protokoll.module.css";
import { DownloadLinks } from "@/app/verwaltung/_components/download-links";

export const metadata: Metadata = { title: "Protokoll", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function toSearch(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, v);
  return search;
}

/** The record (Protokoll): every sign-in, publication, withdrawal, news and account change, newest first. */
export default async function RecordPage({ searchParams }: PageProps) {
  const [params, access] = await Promise.all([searchParams, staffAccess()]);
  const search = toSearch(params);
  if (!access.ok) return <StaffGate access={access} next={search.size > 0 ? `${PATHS.verwaltungProtokoll}?${search}` : PATHS.verwaltungProtokoll} title="Protokoll" />;
  const view = await loadRecordView(access.db, search);
  return (
    <div data-testid="protokoll">
      <StaffNav current="protokoll" account={access.account} />
      <h1 className="kern-heading-large">Protokoll</h1>
      <p className="kern-body">
        Jede Anmeldung (auch die fehlgeschlagenen), jede Veröffentlichung und jeder Rückzug eines Stands, jede Änderung an Aktuelles, an
        Konten und an der Nachnutzung. Einträge werden nie geändert oder gelöscht. Zeiten in deutscher Zeit (Europe/Berlin).
      </p>
      <RecordFilterForm view={view} />
      {view.problems.length > 0 && (
        <div className="kern-alert kern-alert--danger" role="alert" data-testid="record-problems">
          <div className="kern-alert__body">
            <ul className="kern-body">
              {view.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <p className="kern-body" role="status" data-testid="record-count">
        {view.totalText}
      </p>
      {view.total > 0 && <DownloadLinks links={view.links} note="alle Einträge des Filters, nicht nur diese Seite" testIdPrefix="record-export" />}
      {view.rows.length > 0 && <RecordTable rows={view.rows} />}
      {(view.previous || view.next) && (
        <nav aria-label="Seiten des Protokolls" className={styles.pages}>
          {view.previous && (
            <Link href={view.previous} className="kern-link" rel="prev">
              Neuere Einträge
            </Link>
          )}
          {view.next && (
            <Link href={view.next} className="kern-link" rel="next">
              Ältere Einträge
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
