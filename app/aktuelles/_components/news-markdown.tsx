import type { ComponentProps } from "react";
import Markdown, { type Components } from "react-markdown";
import { isExternalHref } from "@/lib/news/external-href";

/**
 * A link in a news body; links to other sites say so (icon + text for screen readers).
 * No kern-link class: its baseline padding breaks the line height of running text.
 */
function NewsLink({ href, children, node: _node, ...rest }: ComponentProps<"a"> & { node?: unknown }) {
  // react-markdown empties unsafe addresses (javascript: …): keep the text, drop the link.
  if (!href) return <>{children}</>;
  if (!isExternalHref(href)) {
    return (
      <a {...rest} href={href}>
        {children}
      </a>
    );
  }
  return (
    <a {...rest} href={href} rel="noopener noreferrer" data-external="">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (externer Link)</span>
    </a>
  );
}

/** Images would load from wherever the file points (DSGVO); the alternative text stands in. */
function NewsImage({ alt }: ComponentProps<"img">) {
  return alt ? <span>[Bild: {alt}]</span> : null;
}

// The page's title is the h1; a body's "# …" becomes an h2, like "## …".
const COMPONENTS: Components = {
  a: NewsLink,
  img: NewsImage,
  h1: "h2",
};

interface NewsMarkdownProps {
  source: string;
  className?: string;
}

/**
 * The Markdown body of a news item, rendered on the server. Raw HTML in the file is dropped
 * (skipHtml), never rendered; react-markdown also neutralises javascript: and other unsafe URLs.
 */
export function NewsMarkdown({ source, className }: NewsMarkdownProps) {
  return (
    <div className={className}>
      <Markdown skipHtml components={COMPONENTS}>
        {source}
      </Markdown>
    </div>
  );
}
