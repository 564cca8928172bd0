import type { Metadata } from "next";
import { ChangesPage } from "./_components/changes-page";
import { DataError } from "@/app/_components/data-error";
import { parseComparePair } from "@/lib/params/compare";
import { loadChangesView } from "@/lib/view/changes-view";
import { orDataError, paramContext } from "@/lib/view/request";

export const metadata: Metadata = { title: "Änderungen zwischen zwei Ständen" };

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
