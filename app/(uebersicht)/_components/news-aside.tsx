import Link from "next/link";
import { aktuellesHref } from "@/lib/routes";
import type { NewsAsideModel } from "@/lib/view/news-aside";
import { NewsProblems } from "@/app/_components/news-problems";
import { NewsTeaser } from "./news-teaser";
import styles from "./news-aside.module.css";

interface NewsAsideProps {
  model: NewsAsideModel;
  /** Places the aside in the page's grid. */
  className?: string;
}

/**
 * The latest news beside the table (below it on narrow screens): open deadlines first and
 * highlighted with the days left, then the newest items. Days count from today, not from the
 * Stand shown (see lib/news/timeline.ts).
 */
export function NewsAside({ model, className }: NewsAsideProps) {
  const { openDeadlines, latest, problems, today } = model;
  return (
    <section className={className ? `${styles.aside} ${className}` : styles.aside} aria-labelledby="aktuelles-titel" data-testid="news-aside">
      <h2 id="aktuelles-titel" className="kern-heading-small">
        Aktuelles
      </h2>
      <NewsProblems problems={problems} level={3} />
      {openDeadlines.length > 0 && (
        <div className={styles.deadlines} data-testid="news-open-deadlines">
          <h3>Offene Fristen</h3>
          <ul className={styles.list}>
            {openDeadlines.map((item) => (
              <li key={item.slug}>
                <NewsTeaser item={item} today={today} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {latest.length > 0 && (
        <>
          <h3>Neueste Beiträge</h3>
          <ul className={styles.list}>
            {latest.map((item) => (
              <li key={item.slug}>
                <NewsTeaser item={item} today={today} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.more}>
        <Link href={aktuellesHref()} className="kern-link">
          Alle Meldungen und Termine
        </Link>
      </p>
    </section>
  );
}
