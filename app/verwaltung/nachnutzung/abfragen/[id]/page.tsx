import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PATHS } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { loadStaffCalls } from "@/lib/view/staff-reuse-view";
import { deleteCallAction } from "../../actions";
import { CallForm } from "../../_components/call-form";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffReuseNav } from "../../_components/staff-reuse-nav";

export const metadata: Metadata = { title: "Abfrage ändern", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function StaffCallPage({ params }: PageProps) {
  const [{ id }, access] = await Promise.all([params, staffAccess()]);
  if (!access.ok) return <StaffGate access={access} next={`${PATHS.verwaltungAbfragen}/${id}`} title="Nachnutzung verfolgen" />;
  const model = await loadStaffCalls(access.db);
  const call = model.calls.find((c) => c.id === id);
  if (!call) notFound();
  return (
    <div data-testid="staff-call-edit">
      <StaffNav current="nachnutzung" account={access.account} />
      <h1 className="kern-heading-large">Abfrage bis {call.fristText} ändern</h1>
      <StaffReuseNav current="abfragen" />
      <CallForm
        id={call.id}
        values={{ ozgIds: call.ozgIds.join(", "), frist: call.frist, text: call.text, newsSlug: call.news?.slug ?? "" }}
        news={model.news}
        today={model.today}
        submitLabel="Änderungen speichern"
      />
      <h2 className="kern-heading-medium">Löschen</h2>
      <p className="kern-body">Bekundungen, die auf die Abfrage geantwortet haben, bleiben bestehen; ihr Vermerk „verspätet“ bleibt erhalten.</p>
      <form action={deleteCallAction}>
        <input type="hidden" name="id" value={call.id} />
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Abfrage löschen</span>
        </button>
      </form>
    </div>
  );
}
