/**
 * Which clicks on a plain link the app takes over as a client-side navigation. The pages with
 * hundreds of links (the dashboard's facets, sort headers, chart values, the table's services)
 * render plain `<a href>` instead of one `next/link` component each: every link is then one
 * element in the HTML and in the flight payload, and nothing to hydrate. One listener
 * (app/_components/client-links.tsx) follows such links without a page load, as `next/link`
 * would; a link to the same page (another view of it) keeps the scroll position.
 */

/** Spread on the element around such links: its plain links navigate on the client. */
export const CLIENT_NAV_SCOPE = { "data-client-nav": "" } as const;

export interface ClickFacts {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface AnchorFacts {
  /** The resolved, absolute address (`HTMLAnchorElement#href`). */
  href: string;
  target: string;
  download: boolean;
}

export interface Here {
  origin: string;
  pathname: string;
  search: string;
}

export interface ClientNavigation {
  href: string;
  /** False for another view of the same page: the reader stays where the clicked control is. */
  scroll: boolean;
}

/** Addresses that are files or machine interfaces, never a page: the browser loads them. */
const NOT_A_PAGE = /^\/(api|feeds)\/|\.[a-z0-9]+$/i;

export function clientNavigation(click: ClickFacts, anchor: AnchorFacts, here: Here): ClientNavigation | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  // New tab, new window, download, context: the browser's own behaviour.
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.download) return null;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin || NOT_A_PAGE.test(url.pathname)) return null;
  // Only the fragment differs: a jump within the page, which the browser does best.
  if (url.pathname === here.pathname && url.search === here.search && url.hash) return null;
  return { href: `${url.pathname}${url.search}${url.hash}`, scroll: url.pathname !== here.pathname };
}
