import type { Metadata } from "next";
import { DataError } from "@/app/_components/data-error";
import { KommunenPage } from "@/app/_components/kommunen-page";
import { loadKommunenView } from "@/lib/view/kommunen-view";
import { orDataError } from "@/lib/view/load-or-error";

export const metadata: Metadata = { title: "Für Kommunen: nachnutzbare Online-Dienste" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function KommunenRoute({ searchParams }: PageProps) {
  const loaded = await orDataError(loadKommunenView(await searchParams));
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <KommunenPage view={loaded.view} />;
}
