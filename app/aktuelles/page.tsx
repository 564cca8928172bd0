import type { Metadata } from "next";
import { NewsCategoryFilter } from "./_components/news-category-filter";
import { NewsProblems } from "@/app/_components/news-problems";
import { NewsTimelineSection } from "./_components/news-timeline-section";
import styles from "./_components/news.module.css";
import { categoryCounts, filterByCategory } from "@/lib/news/categories";
import { parseCategoryParam } from "@/lib/params/category";
import { getNews } from "@/lib/news/store";
import { newsToday, splitTimeline } from "@/lib/news/timeline";
import { formatLongDate } from "@/lib/format";
import { calendarHref, newsFeedHref } from "@/lib/routes";
import { CATEGORY_PLURAL } from "@/lib/news/format";
import { feedAlternates } from "@/lib/view/feed-alternates";
import { requestBaseUrl } from "@/lib/http/request-base-url";
import { SubscribeLink } from "../_components/subscribe-link";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { category } = parseCategoryParam(await searchParams);
  const feeds = [{ href: newsFeedHref(), title: "Aktuelles (alle Beiträge)" }];
  if (category) feeds.unshift({ href: newsFeedHref(category), title: `Aktuelles: ${CATEGORY_PLURAL[category]}` });
  return { title: "Aktuelles", alternates: feedAlternates(await requestBaseUrl(), feeds) };
}

/** All news: upcoming dates and open deadlines apart from news and past dates, filterable by category. */
export default async function AktuellesPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const { category, problem } = parseCategoryParam(params);
  const { items, problems } = await getNews();
  const today = newsToday();
  const { upcoming, past } = splitTimeline(filterByCategory(items, category), today);
  return (
    <div>
      <h1 className="kern-heading-large">Aktuelles</h1>
      <p className={`kern-body ${styles.intro}`}>
        Meldungen, OZG-Sprechstunden, Veranstaltungen und Fristen rund um die Umsetzung des Onlinezugangsgesetzes in Sachsen-Anhalt.
      </p>
      {problem && (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title">Die Adresse enthält eine ungültige Kategorie</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{problem}</p>
          </div>
        </div>
      )}
      <SubscribeLink kind="feed" href={newsFeedHref(category)} what={category ? `Aktuelles: ${CATEGORY_PLURAL[category]}` : "alle Beiträge unter Aktuelles"} />
      <SubscribeLink
        kind="calendar"
        href={calendarHref({ category })}
        what={category ? `Termine und Fristen: ${CATEGORY_PLURAL[category]}` : "alle Termine und Fristen"}
      />
      <NewsProblems problems={problems} level={2} />
      <NewsCategoryFilter current={category} total={items.length} counts={categoryCounts(items)} />
      <NewsTimelineSection
        id="anstehend"
        title="Anstehende Termine und Fristen"
        note={`Termine und Fristen ab heute, dem ${formatLongDate(today)}, der nächste zuerst.`}
        empty={`Ab heute, dem ${formatLongDate(today)}, stehen keine Termine oder Fristen an.`}
        items={upcoming}
        today={today}
      />
      <NewsTimelineSection
        id="vergangen"
        title="Meldungen und vergangene Termine"
        note="Der neueste Beitrag zuerst."
        empty="Keine Beiträge."
        items={past}
        today={today}
      />
    </div>
  );
}
