import { newsDateLabel } from "@/lib/news/format";
import { newsItemHref } from "@/lib/routes";
import type { NewsItem } from "@/lib/news/schema";
import { NewsCategoryTag } from "@/app/_components/news-category-tag";
import { NewsDeadline } from "@/app/_components/news-deadline";
import styles from "./news-aside.module.css";

interface NewsTeaserProps {
  item: NewsItem;
  today: string;
}

/** One item in the dashboard's news aside: title, category, date, and its deadline. */
export function NewsTeaser({ item, today }: NewsTeaserProps) {
  return (
    <div className={styles.teaser} data-category={item.category} data-slug={item.slug}>
      <a href={newsItemHref(item.slug)} className={`kern-link ${styles.teaserTitle}`}>
        {item.title}
      </a>
      <p className={styles.meta}>
        <NewsCategoryTag category={item.category} />
        <time dateTime={item.date}>{newsDateLabel(item)}</time>
      </p>
      {item.deadline && <NewsDeadline deadline={item.deadline} today={today} />}
    </div>
  );
}
