import Link from "next/link";
import { newsDateLabel } from "@/lib/news/format";
import { servicesOverviewHref, newsItemHref } from "@/lib/routes";
import type { NewsItem } from "@/lib/news/schema";
import { relevantUntil } from "@/lib/news/timeline";
import { hasCalendarDates } from "@/lib/calendar/news-events";
import { itemCalendarHref } from "@/lib/routes";
import { NewsCategoryTag } from "@/app/_components/news-category-tag";
import { NewsDeadline } from "@/app/_components/news-deadline";
import styles from "./news.module.css";

interface NewsCardProps {
  item: NewsItem;
  today: string;
}

/** One item in the list on /aktuelles. */
export function NewsCard({ item, today }: NewsCardProps) {
  return (
    <article
      className={styles.card}
      data-category={item.category}
      data-slug={item.slug}
      data-until={relevantUntil(item) ?? undefined}
      aria-labelledby={`beitrag-${item.slug}`}
    >
      <p className={styles.meta}>
        <NewsCategoryTag category={item.category} />
        <time dateTime={item.date}>{newsDateLabel(item, true)}</time>
        {item.location && <span>{item.location}</span>}
      </p>
      <h3 id={`beitrag-${item.slug}`}>
        <Link href={newsItemHref(item.slug)} className="kern-link">
          {item.title}
        </Link>
      </h3>
      {item.deadline && <NewsDeadline deadline={item.deadline} today={today} />}
      {item.summary && <p className={`kern-body ${styles.summary}`}>{item.summary}</p>}
      {hasCalendarDates(item) && (
        <a href={itemCalendarHref(item.slug)} download className={`kern-link kern-link--small ${styles.calendarCardLink}`} data-testid="news-calendar-link">
          In den Kalender übernehmen
          <span className="visually-hidden"> („{item.title}“)</span>
        </a>
      )}
      {item.ozgIds.length > 0 && (
        <Link href={servicesOverviewHref(item.ozgIds)} className={`kern-link kern-link--small ${styles.servicesLink}`}>
          {item.ozgIds.length === 1 ? "Genannte Leistung" : `${item.ozgIds.length} genannte Leistungen`} in der Übersicht
          <span className="visually-hidden"> (zu „{item.title}“)</span>
        </Link>
      )}
    </article>
  );
}
