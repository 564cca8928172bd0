/** Test helper: an Atom document parsed with fast-xml-parser, checked for the elements RFC 4287 requires. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

export interface ParsedLink {
  "@_rel"?: string;
  "@_href": string;
  "@_type"?: string;
}

export interface ParsedEntry {
  id: string;
  title: { "#text": string } | string;
  updated: string;
  published?: string;
  summary?: { "#text": string };
  content?: { "#text": string; "@_type": string };
  link: ParsedLink[];
  category?: { "@_term": string }[];
}

export interface ParsedFeed {
  "@_xmlns": string;
  id: string;
  title: { "#text": string };
  updated: string;
  author: { name: string; email?: string };
  link: ParsedLink[];
  entry: ParsedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Entities are decoded (the content is HTML text, escaped once in the XML).
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  isArray: (name) => ["entry", "link", "category"].includes(name),
});

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export const textOf = (v: { "#text": string } | string | undefined) => (typeof v === "string" ? v : (v?.["#text"] ?? ""));

/** Parses the feed; fails the test unless it is well-formed Atom with every required element. */
export function parseAtom(xml: string): ParsedFeed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = (parser.parse(xml) as { feed: ParsedFeed }).feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toMatch(/^urn:uuid:/);
  expect(textOf(feed.title)).not.toBe("");
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author.name).not.toBe("");
  const self = feed.link.filter((l) => l["@_rel"] === "self");
  expect(self).toHaveLength(1);
  expect(self[0]["@_href"]).toMatch(/^https?:\/\//);
  feed.entry ??= [];
  for (const e of feed.entry) {
    expect(e.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(textOf(e.title)).not.toBe("");
    expect(e.updated).toMatch(RFC3339);
    // An entry without content needs a link rel="alternate" (RFC 4287 §4.1.2).
    expect(e.link.some((l) => (l["@_rel"] ?? "alternate") === "alternate")).toBe(true);
    for (const l of e.link) expect(l["@_href"]).toMatch(/^https?:\/\//);
  }
  return feed;
}
