import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DataError } from "@/app/_components/data-error";
import { LeistungPage } from "./_components/leistung-page";
import { parseStandParam } from "@/lib/params/stand";
import { loadLeistungView } from "@/lib/view/leistung-view";
import { orDataError, paramContext } from "@/lib/view/request";

interface PageProps {
  params: Promise<{ ozgId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { ozgId } = await params;
  return { title: `OZG-Leistung ${ozgId}` };
}

export default async function LeistungRoute({ params, searchParams }: PageProps) {
  const [{ ozgId }, search] = await Promise.all([params, searchParams]);
  const loaded = await orDataError(async () => {
    const context = await paramContext();
    return loadLeistungView(ozgId, parseStandParam(search, context), context);
  });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  if (!loaded.view) notFound();
  return <LeistungPage view={loaded.view} />;
}
