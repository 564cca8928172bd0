import Link from "next/link";
import { CATEGORY_PLURAL } from "@/lib/news/format";
import { aktuellesHref } from "@/lib/routes";
import type { NewsCategory } from "@/lib/news/schema";
import styles from "./news.module.css";

interface NewsCategoryFilterProps {
  current: NewsCategory | null;
  total: number;
  counts: { category: NewsCategory; count: number }[];
}

/** Plain links, one per category: filtering works without JavaScript and every view is a URL. */
export function NewsCategoryFilter({ current, total, counts }: NewsCategoryFilterProps) {
  const options = [{ category: null, label: "Alle", count: total }, ...counts.map((c) => ({ ...c, label: CATEGORY_PLURAL[c.category] }))];
  return (
    <nav aria-label="Nach Kategorie filtern" className={styles.filter}>
      <ul className={styles.filterList}>
        {options.map((o) => (
          <li key={o.label}>
            <Link href={aktuellesHref(o.category)} className={styles.filterLink} aria-current={o.category === current ? "page" : undefined}>
              {o.label} ({o.count})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
