/**
 * The last view of the dashboard in this browser tab, so that „Übersicht“ in a service's
 * breadcrumb leads back to the same filters (sessionStorage; without JavaScript the plain link).
 * Client-safe.
 */
export const LAST_OVERVIEW_KEY = "ozg:letzte-uebersicht";

/** Only the dashboard's own addresses are taken back: "/" with an optional query string. */
export function isOverviewHref(href: string | null): href is string {
  return href !== null && /^\/(\?[^#]*)?$/.test(href);
}
