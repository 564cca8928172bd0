import type { Metadata } from "next";
import { ChangesPage } from "./_components/changes-page";
import { DataError } from "@/app/_components/data-error";
import { parseComparePair } from "@/lib/params/compare";
import { loadChangesView } from "@/lib/view/changes-view";
import { orDataError, paramContext } from "@/lib/view/request";
import { changesFeedHref } from "@/lib/routes";
import { feedAlternates } from "@/lib/view/feed-alternates";
import { requestBaseUrl } from "@/lib/http/request-base-url";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Änderungen zwischen zwei Ständen",
    alternates: feedAlternates(await requestBaseUrl(), [{ href: changesFeedHref(), title: "Änderungen je Stand (alle Leistungen)" }]),
  };
}

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AenderungenRoute({ searchParams }: PageProps) {
  const params = await searchParams;
  const loaded = await orDataError(async () => {
    const context = await paramContext();
    return loadChangesView(parseComparePair(params, context), context);
  });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <ChangesPage view={loaded.view} />;
}
