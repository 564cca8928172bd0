import type { Metadata } from "next";
import { DataError } from "../_components/data-error";
import { OpenDataPage } from "./_components/open-data-page";
import { requestBaseUrl } from "@/lib/http/request-base-url";
import { changesFeedHref, newsFeedHref } from "@/lib/routes";
import { feedAlternates } from "@/lib/view/feed-alternates";
import { orDataError } from "@/lib/view/request";
import { loadOpenDataView } from "@/lib/view/open-data-view";

export async function generateMetadata(): Promise<Metadata> {
  const feeds = [
    { href: changesFeedHref(), title: "Änderungen je Stand (alle Leistungen)" },
    { href: newsFeedHref(), title: "Aktuelles (alle Beiträge)" },
  ];
  return { title: "Offene Daten", alternates: feedAlternates(await requestBaseUrl(), feeds) };
}

/** The overview as open data: what it is, licence, every Stand to download, feeds, calendar, metadata for portals. */
export default async function DatenPage() {
  const loaded = await orDataError(loadOpenDataView);
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <OpenDataPage view={loaded.view} />;
}
