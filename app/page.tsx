import { redirect } from "next/navigation";
import { DataError } from "./_components/data-error";
import { Dashboard } from "./_components/dashboard";
import { canonicalRedirect } from "@/lib/view/canonical";
import { loadOverviewOrError } from "@/lib/view/load-or-error";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function OverviewPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const loaded = await loadOverviewOrError(params, { clampPage: true });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  const target = canonicalRedirect("/", params, loaded.view);
  if (target) redirect(target);
  return <Dashboard view={loaded.view} />;
}
