import type { NewsItem } from "@/lib/news/schema";
import { NewsCard } from "./news-card";
import styles from "./news.module.css";

interface NewsTimelineSectionProps {
  id: string;
  title: string;
  note: string;
  empty: string;
  items: NewsItem[];
  today: string;
}

/** One part of /aktuelles (upcoming or past), a region named by its heading. */
export function NewsTimelineSection({ id, title, note, empty, items, today }: NewsTimelineSectionProps) {
  return (
    <section className={styles.section} aria-labelledby={`${id}-titel`} data-testid={`news-${id}`}>
      <h2 id={`${id}-titel`} className="kern-heading-medium">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="kern-body">{empty}</p>
      ) : (
        <>
          <p className={`kern-body ${styles.sectionNote}`}>{note}</p>
          <ul className={styles.list}>
            {items.map((item) => (
              <li key={item.slug}>
                <NewsCard item={item} today={today} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
