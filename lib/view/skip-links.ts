/** The skip links at the top of a page: to the content always, on the dashboard to its filters and results. */
import { PATHS, RESULTS_ANCHOR } from "../routes";

export interface SkipLink {
  href: string;
  label: string;
}

/** The id of the dashboard's filter area (the skip link's target; on phones it holds the „Filter“ button). */
export const FILTER_ANCHOR = "filter";

export function skipLinks(pathname: string): SkipLink[] {
  const links = [{ href: "#inhalt", label: "Zum Inhalt springen" }];
  if (pathname === PATHS.uebersicht) {
    links.push({ href: `#${FILTER_ANCHOR}`, label: "Zu den Filtern" }, { href: `#${RESULTS_ANCHOR}`, label: "Zu den Ergebnissen" });
  }
  return links;
}
