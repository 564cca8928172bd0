/** The `kategorie` parameter of /aktuelles: one category, or all when absent or invalid. */
import { NEWS_CATEGORIES, type NewsCategory, type NewsItem } from "./schema";

export const CATEGORY_PARAM = "kategorie";

export interface CategoryChoice {
  /** The chosen category, or null for all. */
  category: NewsCategory | null;
  /** A German notice when the parameter was given but is not a category (then all are shown). */
  problem: string | null;
}

/** Reads `kategorie` as Next passes it; case is ignored, an empty value means all. */
export function parseCategoryParam(value: string | string[] | undefined): CategoryChoice {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  if (raw === "") return { category: null, problem: null };
  const category = NEWS_CATEGORIES.find((c) => c.toLowerCase() === raw.toLowerCase());
  if (category) return { category, problem: null };
  return {
    category: null,
    problem: `„${raw}“ ist keine bekannte Kategorie. Angezeigt werden alle Beiträge. Erlaubt: ${NEWS_CATEGORIES.join(", ")}.`,
  };
}

export function filterByCategory(items: readonly NewsItem[], category: NewsCategory | null): NewsItem[] {
  return category ? items.filter((i) => i.category === category) : [...items];
}

/** How many items each category has, in the vocabulary's order. */
export function categoryCounts(items: readonly NewsItem[]): { category: NewsCategory; count: number }[] {
  return NEWS_CATEGORIES.map((category) => ({ category, count: items.filter((i) => i.category === category).length }));
}

/**
 * `kategorie` for feeds and calendars, which have no page to show a notice on: an unknown
 * category is an error (400) with the same German wording, not a silent "all".
 */
export function parseCategoryStrict(value: string | string[] | undefined | null): { ok: true; category: NewsCategory | null } | { ok: false; message: string } {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  const { category } = parseCategoryParam(raw);
  if (raw === "" || category) return { ok: true, category };
  return {
    ok: false,
    message: `Parameter „${CATEGORY_PARAM}“: „${raw}“ ist keine bekannte Kategorie. Erlaubt: ${NEWS_CATEGORIES.join(", ")}.`,
  };
}
