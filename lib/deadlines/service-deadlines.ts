/**
 * Every deadline of the given services, from every source. A source is a function of the
 * OZG-IDs; a second one (the reuse calls, „Abfragen“) is added to DEADLINE_SOURCES. Server only.
 */
import "server-only";
import { getNews } from "../news/store";
import type { ServiceDeadline } from "./deadline";
import { newsDeadlines } from "./news-deadlines";

export type DeadlineSource = (ozgIds: readonly string[]) => Promise<ServiceDeadline[]>;

const fromNews: DeadlineSource = async (ozgIds) => newsDeadlines((await getNews()).items, ozgIds);

export const DEADLINE_SOURCES: readonly DeadlineSource[] = [fromNews];

export async function serviceDeadlines(ozgIds: readonly string[]): Promise<ServiceDeadline[]> {
  if (ozgIds.length === 0) return [];
  return (await Promise.all(DEADLINE_SOURCES.map((source) => source(ozgIds)))).flat();
}
