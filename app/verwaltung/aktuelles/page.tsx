import type { Metadata } from "next";
import Link from "next/link";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import { NEWS_FOLDER } from "@/lib/news/schema";
import { PATHS } from "@/lib/routes";
import { staffAccessFor } from "@/lib/staff/session";
import { loadStaffNewsList } from "@/lib/view/staff-news-view";

export const metadata: Metadata = { title: "Aktuelles schreiben", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** The news written in the browser (drafts and published), and a word on the Markdown files. */
export default async function StaffNewsPage() {
  const access = await staffAccessFor(["redaktion", "admin"]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltungAktuelles} title="Aktuelles schreiben" />;
  const model = await loadStaffNewsList(access.db);
  return (
    <div data-testid="staff-news">
      <StaffNav current="aktuelles" account={access.account} />
      <h1 className="kern-heading-large">Aktuelles schreiben</h1>
      <p className="kern-body">
        <Link href={PATHS.verwaltungAktuellesNeu} className="kern-btn kern-btn--primary" data-testid="news-new">
          <span className="kern-label">Neuer Beitrag</span>
        </Link>
      </p>
      <h2 className="kern-heading-medium">In der Verwaltung geschriebene Beiträge</h2>
      {model.rows.length === 0 ? (
        <p className="kern-body">Noch kein Beitrag.</p>
      ) : (
        <table className="kern-table kern-table--small" data-testid="staff-news-table">
          <caption className="visually-hidden">In der Verwaltung geschriebene Beiträge, neuestes Datum zuerst</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">Titel</th>
              <th scope="col" className="kern-table__header">Kategorie</th>
              <th scope="col" className="kern-table__header">Datum</th>
              <th scope="col" className="kern-table__header">Zustand</th>
              <th scope="col" className="kern-table__header">Zuletzt geändert</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {model.rows.map((row) => (
              <tr key={row.slug} className="kern-table__row" data-testid="staff-news-row" data-slug={row.slug}>
                <td className="kern-table__cell">
                  <Link href={row.editHref} className="kern-link">
                    {row.title}
                  </Link>
                  {row.published && (
                    <>
                      {" "}
                      (<Link href={row.publicHref} className="kern-link">öffentliche Seite</Link>)
                    </>
                  )}
                </td>
                <td className="kern-table__cell">{row.category}</td>
                <td className="kern-table__cell">{row.dateText}</td>
                <td className="kern-table__cell" data-testid="staff-news-state">
                  {row.stateText}
                </td>
                <td className="kern-table__cell">{row.changedText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="kern-heading-medium">Beiträge als Dateien</h2>
      <p className="kern-body" data-testid="staff-news-files">
        {model.fileItems === 1 ? "1 weiterer Beitrag liegt" : `${model.fileItems} weitere Beiträge liegen`} als Markdown-Datei im Datenordner (
        <code>{NEWS_FOLDER}/</code>){model.fileProblems > 0 ? `, dazu ${model.fileProblems === 1 ? "eine fehlerhafte Datei" : `${model.fileProblems} fehlerhafte Dateien`}` : ""}.
        Sie erscheinen unter Aktuelles wie die Beiträge hier, werden aber auf dem Server bearbeitet, nicht in der Verwaltung. Ihre Kurznamen sind vergeben.
      </p>
    </div>
  );
}
