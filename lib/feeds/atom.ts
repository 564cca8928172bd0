/**
 * An Atom feed (RFC 4287) as a plain value, and its XML. The feeds of news and changes build
 * the value; this module alone writes XML, so every feed has the required elements: feed id,
 * title, updated, author, link rel="self"; per entry id, title, updated and content or a link.
 */
import { xmlAttrs, xmlElement } from "./xml";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related" | "enclosure" | "via";
  type?: string;
  title?: string;
}

export interface AtomPerson {
  name: string;
  email?: string;
  uri?: string;
}

export interface AtomEntry {
  /** A permanent, unique IRI (urn:uuid:…): readers recognise the entry by it. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  /** Plain text. */
  summary?: string;
  /** HTML (escaped into the XML, type="html"); must already be safe. */
  contentHtml?: string;
  categories?: { term: string; label?: string }[];
  links: AtomLink[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  author: AtomPerson;
  /** Must contain rel="self" (the feed's own absolute address). */
  links: AtomLink[];
  /** Generator and rights are optional in RFC 4287. */
  rights?: string;
  icon?: string;
  entries: AtomEntry[];
}

function link(l: AtomLink): string {
  return `<link${xmlAttrs({ rel: l.rel ?? "alternate", type: l.type, href: l.href, title: l.title })}/>`;
}

function person(tag: string, p: AtomPerson): string {
  return `<${tag}>${xmlElement("name", p.name)}${xmlElement("email", p.email)}${xmlElement("uri", p.uri)}</${tag}>`;
}

function entry(e: AtomEntry): string {
  const parts = [
    xmlElement("id", e.id),
    xmlElement("title", e.title, { type: "text" }),
    xmlElement("updated", e.updated),
    xmlElement("published", e.published),
    ...e.links.map(link),
    ...(e.categories ?? []).map((c) => `<category${xmlAttrs({ term: c.term, label: c.label })}/>`),
    xmlElement("summary", e.summary, { type: "text" }),
    xmlElement("content", e.contentHtml, { type: "html" }),
  ];
  return `  <entry>\n    ${parts.filter(Boolean).join("\n    ")}\n  </entry>`;
}

/** The feed as an XML document (UTF-8, xml:lang="de"). */
export function atomXml(feed: AtomFeed): string {
  if (!feed.links.some((l) => l.rel === "self")) throw new Error("An Atom feed needs a link rel=\"self\".");
  const head = [
    xmlElement("id", feed.id),
    xmlElement("title", feed.title, { type: "text" }),
    xmlElement("subtitle", feed.subtitle, { type: "text" }),
    xmlElement("updated", feed.updated),
    person("author", feed.author),
    ...feed.links.map(link),
    xmlElement("rights", feed.rights, { type: "text" }),
    xmlElement("icon", feed.icon),
    xmlElement("generator", "OZG-Nachnutzungsübersicht"),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  ${head.filter(Boolean).join("\n  ")}`,
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}

/** The newest `updated` of the entries, compared as instants (offsets differ in summer and winter); `fallback` when there are none. */
export function newestUpdated(entries: readonly Pick<AtomEntry, "updated">[], fallback: string): string {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const e of entries) {
    const ms = Date.parse(e.updated);
    if (ms > bestMs) {
      best = e.updated;
      bestMs = ms;
    }
  }
  return best ?? fallback;
}
