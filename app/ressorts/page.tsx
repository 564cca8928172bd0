import type { Metadata } from "next";
import { DataError } from "@/app/_components/data-error";
import { ParamNotices } from "@/app/_components/param-notices";
import { RessortIndexTable } from "./_components/ressort-index-table";
import { parseStandParam } from "@/lib/params/stand";
import { loadRessortIndex } from "@/lib/view/ressort-view";
import { orDataError, paramContext } from "@/lib/view/request";
import { formatLongDate, leistungenCount } from "@/lib/format";

export const metadata: Metadata = { title: "Ressorts" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function RessortsPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const loaded = await orDataError(async () => {
    const context = await paramContext();
    return loadRessortIndex(parseStandParam(params, context), context);
  });
  if (!loaded.ok) return <DataError error={loaded.error} />;
  const { view } = loaded;
  return (
    <>
      <h1 className="kern-heading-large">Ressorts</h1>
      <p className="kern-body">
        Die OZG-Leistungen nach den Ministerien der Landesregierung Sachsen-Anhalt, Stand{" "}
        <time dateTime={view.stand}>{formatLongDate(view.stand)}</time>
        {view.isNewest ? " (aktuell)" : " (älterer Stand)"}: {leistungenCount(view.total)}.
      </p>
      <ParamNotices problems={view.problems} />
      <RessortIndexTable view={view} />
    </>
  );
}
