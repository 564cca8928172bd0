/** News by category: the filter of /aktuelles and its counts. */
import { NEWS_CATEGORIES, type NewsCategory, type NewsItem } from "./schema";

export function filterByCategory(items: readonly NewsItem[], category: NewsCategory | null): NewsItem[] {
  return category ? items.filter((i) => i.category === category) : [...items];
}

/** How many items each category has, in the vocabulary's order. */
export function categoryCounts(items: readonly NewsItem[]): { category: NewsCategory; count: number }[] {
  return NEWS_CATEGORIES.map((category) => ({ category, count: items.filter((i) => i.category === category).length }));
}
