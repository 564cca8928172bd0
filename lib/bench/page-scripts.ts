/** What a page's HTML makes the browser load: its scripts, and the size of the React flight payload. */
import { gzipSync } from "node:zlib";

/**
 * Script URLs the HTML makes a modern browser load: <script src> (not the `noModule` polyfills,
 * which such a browser skips) and <link rel=preload|modulepreload as=script>.
 */
export function scriptsInHtml(html: string, base: string): Set<string> {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    if (/\snomodule(=|\s|>)/i.test(m[0])) continue;
    urls.add(new URL(m[1].replace(/&amp;/g, "&"), base).href);
  }
  for (const m of html.matchAll(/<link[^>]*>/g)) {
    const tag = m[0];
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href && /rel="(preload|modulepreload)"/.test(tag) && /as="script"|rel="modulepreload"/.test(tag)) urls.add(new URL(href.replace(/&amp;/g, "&"), base).href);
  }
  return urls;
}

/** Bytes of the inline scripts that carry the flight payload (`self.__next_f.push`). */
export function flightBytes(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) if (m[1].includes("self.__next_f")) bytes += Buffer.byteLength(m[0]);
  return bytes;
}

/** Gzipped bytes (zlib default level) of the scripts the HTML names: the first-load JavaScript. */
export async function firstLoadGzip(html: string, pageUrl: string): Promise<{ scripts: number; gzip: number }> {
  const urls = [...scriptsInHtml(html, pageUrl)];
  const sizes = await Promise.all(urls.map(async (u) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer())).length));
  return { scripts: urls.length, gzip: sizes.reduce((a, b) => a + b, 0) };
}
