/**
 * The latest news beside the dashboard's table: open deadlines first with the days left, then
 * the newest items. Days count from today, not from the Stand shown (lib/news/timeline.ts).
 */
import "server-only";
import type { NewsItem, NewsProblem } from "../news/schema";
import { getNews } from "../news/store";
import { newsDigest, newsToday } from "../news/timeline";

export interface NewsAsideModel {
  openDeadlines: NewsItem[];
  latest: NewsItem[];
  problems: NewsProblem[];
  today: string;
}

/** Null when there is nothing to show (no news, no broken news file). */
export async function loadNewsAside(): Promise<NewsAsideModel | null> {
  const { items, problems } = await getNews();
  if (items.length === 0 && problems.length === 0) return null;
  const today = newsToday();
  return { ...newsDigest(items, today), problems, today };
}
