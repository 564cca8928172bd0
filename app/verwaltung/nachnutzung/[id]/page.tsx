import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { staffDeclarationHref } from "@/lib/routes";
import { staffAccess } from "@/lib/staff/session";
import { loadStaffDetail } from "@/lib/view/staff-reuse-view";
import { DeclarationDetail } from "../_components/declaration-detail";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";

export const metadata: Metadata = { title: "Bekundung", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StaffDeclarationPage({ params, searchParams }: PageProps) {
  const [{ id }, search, access] = await Promise.all([params, searchParams, staffAccess()]);
  if (!access.ok) return <StaffGate access={access} next={staffDeclarationHref(id)} title="Nachnutzung verfolgen" />;
  const model = await loadStaffDetail(access.db, id);
  if (!model) notFound();
  return (
    <>
      <StaffNav current="nachnutzung" account={access.account} />
      <DeclarationDetail model={model} saved={search.gespeichert === "1"} />
    </>
  );
}
