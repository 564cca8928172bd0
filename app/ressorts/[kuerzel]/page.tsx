import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DataError } from "@/app/_components/data-error";
import { RessortDetail } from "@/app/ressorts/_components/ressort-detail";
import { resolveRessort } from "@/lib/params/ressort";
import { parseStandParam } from "@/lib/params/stand";
import { lastValue } from "@/lib/params/input";
import { ressortHref } from "@/lib/routes";
import { loadRessortView } from "@/lib/view/ressort-view";
import { orDataError, paramContext } from "@/lib/view/request";
import { RESSORT_NAMES } from "@/lib/vocabulary";
import { ressortFeedHref } from "@/lib/routes";
import { feedAlternates } from "@/lib/view/feed-alternates";
import { requestBaseUrl } from "@/lib/http/request-base-url";

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
  const [{ kuerzel: raw }, search] = await Promise.all([params, searchParams]);
  const kuerzel = resolveRessort(raw);
  if (!kuerzel) notFound();
  // One address per Ressort: /ressorts/mi → /ressorts/MI (the Stand stays, as written).
  if (raw !== kuerzel) redirect(ressortHref(kuerzel, lastValue(search, "stand") ?? null));
  const loaded = await orDataError(async () => {
    const context = await paramContext();
    return loadRessortView(kuerzel, parseStandParam(search, context), context);
  });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <RessortDetail view={loaded.view} />;
}
