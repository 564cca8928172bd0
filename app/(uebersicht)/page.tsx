import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requestBaseUrl } from "@/lib/http/request-base-url";
import { parseQuery } from "@/lib/params/query";
import { PATHS, changesFeedHref } from "@/lib/routes";
import { canonicalRedirect } from "@/lib/view/canonical";
import { loadDashboard } from "@/lib/view/dashboard";
import { feedAlternates } from "@/lib/view/feed-alternates";
import { orDataError, paramContext } from "@/lib/view/request";
import { Dashboard } from "./_components/dashboard";
import { DataError } from "@/app/_components/data-error";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The changes feed of the view's selection, for feed readers (`<link rel="alternate">`). */
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const loaded = await orDataError(async () => parseQuery(await searchParams, await paramContext()).query);
  const href = changesFeedHref(loaded.ok ? loaded.view : undefined);
  return { alternates: feedAlternates(await requestBaseUrl(), [{ href, title: "Änderungen je Stand (Leistungen dieser Auswahl)" }]) };
}

export default async function OverviewPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const loaded = await orDataError(async () => {
    const context = await paramContext();
    const parsed = parseQuery(params, context);
    const target = canonicalRedirect(PATHS.uebersicht, params, parsed);
    return { target, model: target ? null : await loadDashboard(parsed, context, { baseUrl: await requestBaseUrl() }) };
  });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  if (loaded.view.target) redirect(loaded.view.target);
  return <Dashboard model={loaded.view.model!} />;
}
