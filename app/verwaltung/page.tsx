import type { Metadata } from "next";
import Link from "next/link";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import { formatLongDate } from "@/lib/format";
import { MAX_UPLOAD_BYTES, megabytes } from "@/lib/overview/check-upload-size";
import { PATHS } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { loadPublishView } from "@/lib/view/staff-publish-view";
import { DraftReview } from "./_components/draft-review";
import { PublishUploadForm } from "./_components/publish-upload-form";

export const metadata: Metadata = { title: "Stand veröffentlichen", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PublishPage({ searchParams }: PageProps) {
  const [search, access] = await Promise.all([searchParams, staffAccess()]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltung} title="Stand veröffentlichen" />;
  const view = await loadPublishView(access.db, search);
  return (
    <div data-testid="staff-publish">
      <StaffNav current="veroeffentlichen" account={access.account} />
      <h1 className="kern-heading-large">Stand veröffentlichen</h1>
      <p className="kern-body">
        {view.current ? `Aktuell ist der Stand vom ${formatLongDate(view.current)}.` : "Noch ist kein Stand veröffentlicht."} Eine neue Übersicht wird erst
        vollständig geprüft; ist sie fehlerfrei, zeigt diese Seite, was sich gegenüber dem aktuellen Stand ändert, und erst dann wird veröffentlicht.
      </p>
      {view.draftMissing && (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">Dieser Entwurf ist nicht mehr vorhanden (veröffentlicht, verworfen oder älter als einen Tag). Bitte die Datei erneut hochladen.</p>
          </div>
        </div>
      )}
      {view.review ? (
        <DraftReview review={view.review} stand={view.stand} taken={view.taken} />
      ) : (
        <PublishUploadForm stand={view.stand} maxSize={megabytes(MAX_UPLOAD_BYTES)} />
      )}
      <p className="kern-body">
        <Link href={PATHS.verwaltungStaende} className="kern-link">
          Alle Stände, zurückziehen und wiederherstellen
        </Link>
      </p>
    </div>
  );
}
