/**
 * A news body as an HTML string for places outside the pages (the Atom feed's content), with the
 * same safety as the pages' NewsMarkdown: raw HTML in the file is dropped, only http(s), mailto
 * and tel links and paths survive, images are replaced by their alternative text, a body's h1
 * becomes an h2. App paths become absolute, because a feed reader does not know the app's host.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";
import { absoluteUrl } from "../http/base-url";
import { isExternalHref } from "./external-href";

const SAFE_PROTOCOL = /^(?:https?|mailto|tel):/i;
const HAS_PROTOCOL = /^[a-z][a-z0-9+.-]*:/i;

/** An absolute, safe address for a link, or null to keep only the link text. */
export function safeHref(href: unknown, baseUrl: string): string | null {
  if (typeof href !== "string") return null;
  const value = href.trim();
  if (value === "" || /[\u0000-\u001f]/.test(value)) return null;
  if (HAS_PROTOCOL.test(value)) return SAFE_PROTOCOL.test(value) ? value : null;
  if (value.startsWith("//")) return `https:${value}`;
  return absoluteUrl(baseUrl, value);
}

function clean(node: ElementContent, baseUrl: string): ElementContent[] {
  if (node.type !== "element") return node.type === "text" ? [node] : [];
  if (node.tagName === "img") {
    const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
    return alt ? [{ type: "text", value: `[Bild: ${alt}]` }] : [];
  }
  const children = node.children.flatMap((c) => clean(c, baseUrl));
  if (node.tagName === "a") {
    const href = safeHref(node.properties.href, baseUrl);
    if (href === null) return children;
    // Decided on the address as written: app paths are made absolute but stay internal.
    const external = isExternalHref(String(node.properties.href));
    const properties: Element["properties"] = { href };
    if (typeof node.properties.title === "string") properties.title = node.properties.title;
    if (external) properties.rel = ["noopener", "noreferrer"];
    return [{ type: "element", tagName: "a", properties, children }];
  }
  const element: Element = { ...node, tagName: node.tagName === "h1" ? "h2" : node.tagName, children };
  return [element];
}

/** The Markdown body as safe HTML with absolute links (base: the app's public address). */
export function newsBodyHtml(markdown: string, baseUrl: string): string {
  // toHast drops raw HTML unless allowDangerousHtml is set (it is not).
  const tree = toHast(fromMarkdown(markdown)) as Root;
  const children = tree.children.flatMap((c: RootContent) => (c.type === "doctype" ? [] : clean(c as ElementContent, baseUrl)));
  return toHtml({ type: "root", children });
}
