import type { NewsCategory } from "@/lib/news/schema";
import styles from "./news-category-tag.module.css";

/** The category of a news item as a small tag (colour and text, never colour alone). */
export function NewsCategoryTag({ category }: { category: NewsCategory }) {
  return (
    <span className={styles.category} data-category={category}>
      {category}
    </span>
  );
}
