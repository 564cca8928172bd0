import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import type { Metadata } from "next";
import Link from "next/link";
import { PATHS } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { loadStaffCalls } from "@/lib/view/staff-reuse-view";
import { CallForm } from "../_components/call-form";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffReuseNav } from "../_components/staff-reuse-nav";

export const metadata: Metadata = { title: "Abfragen zur Nachnutzung", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StaffCallsPage({ searchParams }: PageProps) {
  const [search, access] = await Promise.all([searchParams, staffAccess()]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltungAbfragen} title="Nachnutzung verfolgen" />;
  const model = await loadStaffCalls(access.db);
  const notice = search.gespeichert === "1" ? "Die Abfrage ist gespeichert." : search.geloescht === "1" ? "Die Abfrage ist gelöscht." : null;
  return (
    <div data-testid="staff-calls">
      <StaffNav current="nachnutzung" account={access.account} />
      <h1 className="kern-heading-large">Abfragen zur Nachnutzung</h1>
      <StaffReuseNav current="abfragen" />
      {notice && (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{notice}</p>
          </div>
        </div>
      )}
      {model.calls.length === 0 ? (
        <p className="kern-body">Noch keine Abfrage.</p>
      ) : (
        <table className="kern-table kern-table--small">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">Frist</th>
              <th scope="col" className="kern-table__header">Leistungen</th>
              <th scope="col" className="kern-table__header">Text</th>
              <th scope="col" className="kern-table__header">Bekundungen</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {model.calls.map((call) => (
              <tr key={call.id} className="kern-table__row" data-testid="staff-call">
                <td className="kern-table__cell">
                  <Link href={call.editHref} className="kern-link">
                    {call.fristText}
                  </Link>{" "}
                  ({call.state})
                </td>
                <td className="kern-table__cell">{call.services.map((s) => s.leistung).join(", ")}</td>
                <td className="kern-table__cell">{call.text}</td>
                <td className="kern-table__cell">
                  <Link href={call.declarationsHref} className="kern-link">
                    {call.declarations}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="kern-heading-medium">Neue Abfrage</h2>
      <CallForm values={{}} news={model.news} today={model.today} submitLabel="Abfrage anlegen" />
    </div>
  );
}
