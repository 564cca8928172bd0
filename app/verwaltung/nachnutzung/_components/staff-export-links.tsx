import type { StaffFilterModel } from "@/lib/view/staff-reuse-view";
import { DownloadLinks } from "@/app/verwaltung/_components/download-links";

/** The shown declarations as a file for the ministry in charge (with contact data: for official use only). */
export function StaffExportLinks({ links, total }: { links: StaffFilterModel["links"]; total: number }) {
  return <DownloadLinks links={links} count={total} note="mit Kontaktdaten – nur für den Dienstgebrauch" testIdPrefix="export" />;
}
