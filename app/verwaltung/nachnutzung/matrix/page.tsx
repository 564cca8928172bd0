import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import type { Metadata } from "next";
import { PATHS } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { loadStaffMatrix } from "@/lib/view/staff-reuse-view";
import { MatrixTable } from "../_components/matrix-table";
import { StaffExportLinks } from "../_components/staff-export-links";
import { StaffFilter } from "../_components/staff-filter";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffReuseNav } from "../_components/staff-reuse-nav";

export const metadata: Metadata = { title: "Nachnutzung: Matrix", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StaffMatrixPage({ searchParams }: PageProps) {
  const [search, access] = await Promise.all([searchParams, staffAccess()]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltungNachnutzungMatrix} title="Nachnutzung verfolgen" />;
  const model = await loadStaffMatrix({ db: access.db, search });
  return (
    <div data-testid="staff-matrix">
      <StaffNav current="nachnutzung" account={access.account} />
      <h1 className="kern-heading-large">Nachnutzung: Kommunen × Leistungen</h1>
      <StaffReuseNav current="matrix" links={model.filter.links} />
      <StaffFilter model={model.filter} action={PATHS.verwaltungNachnutzungMatrix} />
      <StaffExportLinks links={model.filter.links} total={model.total} />
      <MatrixTable model={model} />
    </div>
  );
}
