import type { Metadata } from "next";
import { DataError } from "@/app/_components/data-error";
import { KommunenPage } from "./_components/kommunen-page";
import { parseReuseStages } from "@/lib/params/reuse-stage";
import { parseStandParam } from "@/lib/params/stand";
import { loadKommunenView } from "@/lib/view/kommunen-view";
import { orDataError, paramContext } from "@/lib/view/request";

export const metadata: Metadata = { title: "Für Kommunen: nachnutzbare Online-Dienste" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function KommunenRoute({ searchParams }: PageProps) {
  const params = await searchParams;
  const loaded = await orDataError(async () => {
    const context = await paramContext();
    const stand = parseStandParam(params, context);
    const stages = parseReuseStages(params, stand.problems);
    return loadKommunenView(stand, context, stages);
  });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <KommunenPage view={loaded.view} />;
}
