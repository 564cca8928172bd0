/**
 * True for links that leave the app: absolute http(s) and protocol-relative addresses. The
 * app does not know its own public host name, so news bodies link to its pages with paths
 * ("/aktuelles", "/?q=…"); every absolute web address counts as another site.
 */
export function isExternalHref(href: string | undefined | null): boolean {
  if (!href) return false;
  return /^(?:https?:)?\/\//i.test(href.trim());
}
