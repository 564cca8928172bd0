import { redirect } from "next/navigation";
import { parseQuery } from "@/lib/params/query";
import { PATHS } from "@/lib/routes";
import { canonicalRedirect } from "@/lib/view/canonical";
import { loadDashboard } from "@/lib/view/dashboard";
import { orDataError, paramContext } from "@/lib/view/request";
import { Dashboard } from "./_components/dashboard";
import { DataError } from "@/app/_components/data-error";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function OverviewPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const loaded = await orDataError(async () => {
    const context = await paramContext();
    const parsed = parseQuery(params, context);
    return { target: canonicalRedirect(PATHS.uebersicht, params, parsed), model: await loadDashboard(parsed, context) };
  });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  if (loaded.view.target) redirect(loaded.view.target);
  return <Dashboard model={loaded.view.model} />;
}
