import type { Metadata } from "next";
import { DataError } from "@/app/_components/data-error";
import { loadPrivateLinkView } from "@/lib/view/private-link-view";
import { orDataError } from "@/lib/view/request";
import { PrivateLinkPage } from "./_components/private-link-page";

// A private page: never in a search engine; Referer carries only the origin, never the token (not "no-referrer": browsers then send Origin: null, and the POST buttons would be refused as cross-site).
export const metadata: Metadata = { title: "Ihre Nachnutzungsbekundung", robots: { index: false, follow: false }, referrer: "strict-origin" };
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function PrivateLinkRoute({ params, searchParams }: PageProps) {
  const [{ token }, search] = await Promise.all([params, searchParams]);
  const loaded = await orDataError(() => loadPrivateLinkView(token, { erledigt: one(search.erledigt), frage: one(search.frage), fehler: one(search.fehler) }));
  if (!loaded.ok) return <DataError error={loaded.error} />;
  return <PrivateLinkPage view={loaded.view} />;
}
