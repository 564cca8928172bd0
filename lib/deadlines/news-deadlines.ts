/** The deadlines of news items, per service they name (front matter `deadline` and `ozgIds`). */
import type { NewsItem } from "../news/schema";
import { newsItemHref } from "../routes";
import type { ServiceDeadline } from "./deadline";

/** One deadline per named service and item; only for the OZG-IDs asked for, when given. */
export function newsDeadlines(items: readonly NewsItem[], ozgIds?: readonly string[]): ServiceDeadline[] {
  const wanted = ozgIds ? new Set(ozgIds) : null;
  return items.flatMap((item) =>
    item.deadline
      ? item.ozgIds
          .filter((id) => !wanted || wanted.has(id))
          .map((ozgId) => ({ ozgId, deadline: item.deadline!, label: item.shortTitle ?? item.title, href: newsItemHref(item.slug), source: "aktuelles" }))
      : [],
  );
}
