/** Test helper: a valid NewsItem with overrides. */
import type { NewsItem } from "./schema";

export function newsItem(overrides: Partial<NewsItem> & Pick<NewsItem, "slug">): NewsItem {
  return {
    title: overrides.slug,
    date: "2022-11-01",
    category: "Meldung",
    ozgIds: [],
    file: `aktuelles/${overrides.slug}.md`,
    body: "",
    ...overrides,
  };
}
