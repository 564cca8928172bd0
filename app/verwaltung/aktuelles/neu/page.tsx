import type { Metadata } from "next";
import Link from "next/link";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import { PATHS } from "@/lib/routes";
import { staffAccessFor } from "@/lib/staff/session";
import { staffNewsToday } from "@/lib/view/staff-news-view";
import { NewsForm } from "../_components/news-form";

export const metadata: Metadata = { title: "Neuer Beitrag", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function NewNewsItemPage() {
  const access = await staffAccessFor(["redaktion", "admin"]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltungAktuellesNeu} title="Neuer Beitrag" />;
  return (
    <div data-testid="staff-news-new">
      <StaffNav current="aktuelles" account={access.account} />
      <p className="kern-body">
        <Link href={PATHS.verwaltungAktuelles} className="kern-link">
          ← Alle Beiträge
        </Link>
      </p>
      <h1 className="kern-heading-large">Neuer Beitrag</h1>
      <p className="kern-body">Gespeichert wird der Beitrag zunächst als Entwurf; öffentlich ist er erst nach „Veröffentlichen“.</p>
      <NewsForm values={{ category: "Meldung", date: staffNewsToday() }} saveLabel="Als Entwurf speichern" offerPublish />
    </div>
  );
}
