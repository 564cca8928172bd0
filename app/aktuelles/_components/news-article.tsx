import Link from "next/link";
import { formatDate } from "@/lib/format";
import { hasCalendarDates } from "@/lib/calendar/news-events";
import { itemCalendarHref } from "@/lib/routes";
import { newsDateLong, newsTimeText } from "@/lib/news/format";
import { aktuellesHref, servicesOverviewHref } from "@/lib/routes";
import { EVENT_CATEGORIES, type NewsItem } from "@/lib/news/schema";
import type { NamedService } from "@/lib/news/services";
import { NewsCategoryTag } from "@/app/_components/news-category-tag";
import { NewsDeadline } from "@/app/_components/news-deadline";
import { NewsMarkdown } from "./news-markdown";
import styles from "./news.module.css";

interface NewsArticleProps {
  item: NewsItem;
  today: string;
  /** The services the item names, with names from the newest Stand. */
  services: NamedService[];
  stand: string | null;
}

/** A whole news item: facts, Markdown body, and the services it names with a link to them in the overview. */
export function NewsArticle({ item, today, services, stand }: NewsArticleProps) {
  const isEvent = EVENT_CATEGORIES.includes(item.category);
  return (
    <article className={styles.article} data-slug={item.slug}>
      <p className={styles.back}>
        <Link href={aktuellesHref()} className="kern-link">
          ← Alle Meldungen und Termine
        </Link>
      </p>
      <p className={styles.meta}>
        <NewsCategoryTag category={item.category} />
      </p>
      <h1 className="kern-heading-large">{item.title}</h1>
      <dl className={styles.facts}>
        <dt>{isEvent ? (item.endDate ? "Zeitraum" : "Termin") : "Veröffentlicht"}</dt>
        <dd>
          <time dateTime={item.date}>{newsDateLong(item)}</time>
        </dd>
        {newsTimeText(item) && (
          <>
            <dt>Uhrzeit</dt>
            <dd>{newsTimeText(item)}</dd>
          </>
        )}
        {item.location && (
          <>
            <dt>Ort</dt>
            <dd>{item.location}</dd>
          </>
        )}
        {item.deadline && (
          <>
            <dt>Frist</dt>
            <dd>
              <NewsDeadline deadline={item.deadline} today={today} />
            </dd>
          </>
        )}
      </dl>
      {hasCalendarDates(item) && (
        <p className={styles.calendarLink}>
          <a href={itemCalendarHref(item.slug)} download className="kern-link" data-testid="news-calendar-link">
            In den Kalender übernehmen
          </a>{" "}
          <span className={styles.calendarHint}>(iCalendar-Datei für Outlook, Thunderbird und andere Kalender)</span>
        </p>
      )}
      <NewsMarkdown source={item.body} className={styles.body} />
      {services.length > 0 && (
        <section className={styles.services} aria-labelledby="genannte-leistungen">
          <h2 id="genannte-leistungen" className="kern-heading-small">
            {services.length === 1 ? "Genannte Leistung" : "Genannte Leistungen"}
          </h2>
          <ul className="kern-list" data-testid="news-services">
            {services.map((s) => (
              <li key={s.ozgId}>
                <span data-ozg-id={s.ozgId}>{s.ozgId}</span>{" "}
                {s.leistung ?? (stand ? `(im Stand vom ${formatDate(stand)} nicht enthalten)` : "")}
              </li>
            ))}
          </ul>
          <p className="kern-body">
            <Link href={servicesOverviewHref(item.ozgIds)} className="kern-link" data-testid="news-services-link">
              {services.length === 1 ? "Diese Leistung" : `Diese ${services.length} Leistungen`} in der Übersicht anzeigen
            </Link>
          </p>
        </section>
      )}
    </article>
  );
}
