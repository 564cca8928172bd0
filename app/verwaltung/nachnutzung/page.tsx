import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import type { Metadata } from "next";
import { PATHS } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { loadStaffList } from "@/lib/view/staff-reuse-view";
import { DeclarationGroups } from "./_components/declaration-groups";
import { StaffExportLinks } from "./_components/staff-export-links";
import { StaffFilter } from "./_components/staff-filter";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffReuseNav } from "./_components/staff-reuse-nav";

export const metadata: Metadata = { title: "Nachnutzung verfolgen", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StaffReusePage({ searchParams }: PageProps) {
  const [search, access] = await Promise.all([searchParams, staffAccess()]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltungNachnutzung} title="Nachnutzung verfolgen" />;
  const byKommune = search.ansicht === "kommune";
  const model = await loadStaffList({ db: access.db, search }, byKommune);
  return (
    <div data-testid="staff-reuse">
      <StaffNav current="nachnutzung" account={access.account} />
      <h1 className="kern-heading-large">Nachnutzung verfolgen</h1>
      <StaffReuseNav current={byKommune ? "kommune" : "leistung"} links={model.filter.links} />
      <StaffFilter model={model.filter} action={PATHS.verwaltungNachnutzung} hidden={byKommune ? { ansicht: "kommune" } : {}} />
      <p className="kern-body">
        {model.total === 1 ? "1 Bekundung" : `${model.total} Bekundungen`}
        {model.filter.active ? " passen zum Filter." : "."}
      </p>
      <StaffExportLinks links={model.filter.links} total={model.total} />
      <DeclarationGroups groups={model.groups} byKommune={byKommune} />
    </div>
  );
}
