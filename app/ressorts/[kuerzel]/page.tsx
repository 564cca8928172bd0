import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DataError } from "../../_components/data-error";
import { RessortDetail } from "../../_components/ressort-detail";
import { ressortHref, resolveRessort } from "@/lib/view/ressort-href";
import { loadRessortView, standParam } from "@/lib/view/ressort-view";
import { orDataError } from "@/lib/view/load-or-error";
import { RESSORT_NAMES } from "@/lib/vocabulary";
import { ressortFeedHref } from "@/lib/feeds/paths";
import { feedAlternates } from "@/lib/view/feed-alternates";
import { requestBaseUrl } from "../../_components/request-base-url";

interface PageProps {
  params: Promise<{ kuerzel: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const kuerzel = resolveRessort((await params).kuerzel);
  if (!kuerzel) return { title: "Ressort nicht gefunden" };
  const feed = { href: ressortFeedHref(kuerzel), title: `Änderungen der Leistungen des Ressorts ${kuerzel}` };
  return { title: `${kuerzel}: ${RESSORT_NAMES[kuerzel]}`, alternates: feedAlternates(await requestBaseUrl(), [feed]) };
}

export default async function RessortPage({ params, searchParams }: PageProps) {
  const [{ kuerzel: raw }, query] = await Promise.all([params, searchParams]);
  const kuerzel = resolveRessort(raw);
  if (!kuerzel) notFound();
  // One address per Ressort: /ressorts/mi → /ressorts/MI (the Stand stays).
  if (raw !== kuerzel) redirect(ressortHref(kuerzel, standParam(query)));
  const loaded = await orDataError(loadRessortView(kuerzel, query));
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <RessortDetail view={loaded.view} />;
}
