import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import { valuesOf } from "@/lib/news/staff-input";
import { PATHS, staffNewsItemHref } from "@/lib/routes";
import { staffAccessFor } from "@/lib/staff/session";
import { loadStaffNewsItem } from "@/lib/view/staff-news-view";
import { unpublishNewsAction } from "../actions";
import { NewsForm } from "../_components/news-form";
import styles from "../_components/staff-news.module.css";

export const metadata: Metadata = { title: "Beitrag ändern", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const NOTICES: Record<string, string> = {
  gespeichert: "Der Beitrag ist gespeichert.",
  veroeffentlicht: "Der Beitrag ist veröffentlicht und steht unter Aktuelles.",
  zurueckgenommen: "Der Beitrag ist zurückgenommen: Er ist nicht mehr öffentlich und bleibt hier als Entwurf.",
};

/** One browser-written item: change it, preview it, publish it or take it back. */
export default async function StaffNewsItemPage({ params, searchParams }: PageProps) {
  const [{ slug }, search, access] = await Promise.all([params, searchParams, staffAccessFor(["redaktion", "admin"])]);
  if (!access.ok) return <StaffGate access={access} next={staffNewsItemHref(slug)} title="Beitrag ändern" />;
  const model = await loadStaffNewsItem(access.db, slug);
  if (!model) notFound();
  const { item, row } = model;
  const notice = Object.keys(NOTICES).find((key) => search[key] === "1");
  return (
    <div data-testid="staff-news-edit">
      <StaffNav current="aktuelles" account={access.account} />
      <p className="kern-body">
        <Link href={PATHS.verwaltungAktuelles} className="kern-link">
          ← Alle Beiträge
        </Link>
      </p>
      <h1 className="kern-heading-large">Beitrag ändern: {item.title}</h1>
      {notice && (
        <div className="kern-alert kern-alert--success" role="status" data-testid="staff-news-notice">
          <div className="kern-alert__body">
            <p className="kern-body">{NOTICES[notice]}</p>
          </div>
        </div>
      )}
      <p className="kern-body" data-testid="staff-news-state">
        Zustand: {row.stateText}. Zuletzt geändert {row.changedText}.{" "}
        {item.published && (
          <Link href={row.publicHref} className="kern-link">
            Öffentliche Seite
          </Link>
        )}
      </p>
      {model.unknownOzgIds.length > 0 && (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">Hinweis: Im aktuellen Stand gibt es keine Leistung mit der OZG-ID {model.unknownOzgIds.join(", ")}.</p>
          </div>
        </div>
      )}
      {item.published ? (
        <form action={unpublishNewsAction} className={styles.actions}>
          <input type="hidden" name="slug" value={item.slug} />
          <button type="submit" className="kern-btn kern-btn--secondary" data-testid="news-unpublish">
            <span className="kern-label">Zurücknehmen</span>
          </button>
          <span className="kern-body">Nimmt den Beitrag von den öffentlichen Seiten; er bleibt als Entwurf erhalten.</span>
        </form>
      ) : (
        <p className="kern-body">Der Beitrag ist ein Entwurf. „Veröffentlichen“ unter dem Formular speichert ihn und stellt ihn unter Aktuelles.</p>
      )}
      <h2 className="kern-heading-medium">Inhalt</h2>
      <NewsForm
        key={`${item.updatedAt}-${item.published}`}
        editing={item.slug}
        values={valuesOf(item)}
        saveLabel={item.published ? "Änderungen speichern" : "Als Entwurf speichern"}
        offerPublish={!item.published}
      />
    </div>
  );
}
