/**
 * `<link rel="alternate" type="application/atom+xml">` for a page's feeds, as Next metadata
 * (`alternates.types`). URLs are absolute: Next would otherwise resolve them against its own
 * guess of the host (localhost), and feed readers need the public address.
 */
import type { Metadata } from "next";
import { absoluteUrl } from "../http/base-url";

export interface FeedLink {
  href: string;
  title: string;
}

export function feedAlternates(baseUrl: string, feeds: readonly FeedLink[]): NonNullable<Metadata["alternates"]> {
  return { types: { "application/atom+xml": feeds.map((f) => ({ url: absoluteUrl(baseUrl, f.href), title: f.title })) } };
}
