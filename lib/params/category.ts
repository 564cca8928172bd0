/** The `kategorie` parameter of /aktuelles (and the news feeds): one category, or all when absent or invalid. */
import { NEWS_CATEGORIES, type NewsCategory } from "../news/schema";
import { type SearchParamsInput, lastValue } from "./input";

export const CATEGORY_PARAM = "kategorie";

export interface CategoryChoice {
  /** The chosen category, or null for all. */
  category: NewsCategory | null;
  /** A German notice when the parameter was given but is not a category (then all are shown). */
  problem: string | null;
}

/** Reads `kategorie`; case is ignored, an empty value means all. */
export function parseCategoryParam(input: SearchParamsInput): CategoryChoice {
  const raw = lastValue(input, CATEGORY_PARAM) ?? "";
  if (raw === "") return { category: null, problem: null };
  const category = NEWS_CATEGORIES.find((c) => c.toLowerCase() === raw.toLowerCase());
  if (category) return { category, problem: null };
  return {
    category: null,
    problem: `„${raw}“ ist keine bekannte Kategorie. Angezeigt werden alle Beiträge. Erlaubt: ${NEWS_CATEGORIES.join(", ")}.`,
  };
}

/**
 * `kategorie` for feeds and calendars, which have no page to show a notice on: an unknown
 * category is an error (400) with the same German wording, not a silent "all".
 */
export function parseCategoryStrict(input: SearchParamsInput): { ok: true; category: NewsCategory | null } | { ok: false; message: string } {
  const raw = lastValue(input, CATEGORY_PARAM) ?? "";
  const { category } = parseCategoryParam(input);
  if (raw === "" || category) return { ok: true, category };
  return { ok: false, message: `Parameter „${CATEGORY_PARAM}“: „${raw}“ ist keine bekannte Kategorie. Erlaubt: ${NEWS_CATEGORIES.join(", ")}.` };
}
