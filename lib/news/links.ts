/** Addresses of the news pages and the links between news and the dashboard. Free of server code. */
import { EMPTY_QUERY, hrefFor } from "../query/query";
import type { NewsCategory } from "./schema";

export const AKTUELLES_PATH = "/aktuelles";

/** /aktuelles/<slug> */
export function newsItemHref(slug: string): string {
  return `${AKTUELLES_PATH}/${slug}`;
}

/** /aktuelles, or /aktuelles?kategorie=Frist */
export function aktuellesHref(category: NewsCategory | null = null): string {
  return category ? `${AKTUELLES_PATH}?${new URLSearchParams({ kategorie: category })}` : AKTUELLES_PATH;
}

/** The dashboard showing exactly these services: /?ozgId=10035&ozgId=10348 … */
export function dashboardHrefFor(ozgIds: readonly string[]): string {
  return hrefFor("/", { ...EMPTY_QUERY, ozgIds: [...ozgIds] });
}

/**
 * True for links that leave the app: absolute http(s) and protocol-relative addresses. The
 * app does not know its own public host name, so news bodies link to its pages with paths
 * ("/aktuelles", "/?q=…"); every absolute web address counts as another site.
 */
export function isExternalHref(href: string | undefined | null): boolean {
  if (!href) return false;
  return /^(?:https?:)?\/\//i.test(href.trim());
}
