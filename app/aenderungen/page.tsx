import type { Metadata } from "next";
import { ChangesPage } from "@/app/_components/changes-page";
import { DataError } from "@/app/_components/data-error";
import { loadChangesView } from "@/lib/view/changes-view";
import { orDataError } from "@/lib/view/load-or-error";

export const metadata: Metadata = { title: "Änderungen zwischen zwei Ständen" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AenderungenRoute({ searchParams }: PageProps) {
  const loaded = await orDataError(loadChangesView(await searchParams));
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <ChangesPage view={loaded.view} />;
}
