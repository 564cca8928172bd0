/** /feeds/aktuelles.atom on the sample: parsed with fast-xml-parser and compared with the news files. */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useDataDir } from "../test/data-dir";
import { parseAtom, textOf } from "../feeds/test-atom";
import { sampleNews } from "../feeds/test-sample";
import { newsFeedResponse } from "./feed-aktuelles";

useDataDir("data");

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3500${path}`, { headers });

async function feed(path = "/feeds/aktuelles.atom", headers: Record<string, string> = {}) {
  const response = await newsFeedResponse(request(path, headers));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  return parseAtom(await response.text());
}

describe("GET /feeds/aktuelles.atom", () => {
  it("has one entry per news file, with its title, summary, category and page", async () => {
    const parsed = await feed();
    const files = sampleNews();
    expect(parsed.entry).toHaveLength(files.length);
    for (const file of files) {
      const entry = parsed.entry.find((e) => e.link.some((l) => l["@_href"] === `http://127.0.0.1:3500/aktuelles/${file.slug}`));
      expect(entry, file.slug).toBeDefined();
      expect(textOf(entry!.title)).toBe(file.fields.title);
      expect(textOf(entry!.summary)).toBe(file.fields.summary ?? "");
      expect(entry!.category?.map((c) => c["@_term"])).toEqual([file.fields.category]);
      expect(entry!.published?.slice(0, 10)).toBe(file.fields.date);
    }
  });

  it("lists the newest item first and names publisher and contact as author", async () => {
    const parsed = await feed();
    const dates = parsed.entry.map((e) => e.published!.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(parsed.author).toEqual({ name: "Ministerium für Infrastruktur und Digitales des Landes Sachsen-Anhalt, Referat 55", email: "ozg@sachsen-anhalt.de" });
    expect(parsed.updated).toBe(parsed.entry[0].updated);
  });

  it("carries the body as escaped HTML with absolute links to the app and no raw HTML", async () => {
    const parsed = await feed();
    const entry = parsed.entry.find((e) => textOf(e.title) === "Digitale Einbürgerung: Pilotkommunen gesucht")!;
    expect(entry.content!["@_type"]).toBe("html");
    const html = entry.content!["#text"];
    expect(html).toContain('<a href="http://127.0.0.1:3500/aktuelles/sprechstunde-digitale-einbuergerung">');
    expect(html).toContain('<a href="mailto:ozg@sachsen-anhalt.de">');
    expect(html).toContain("<strong>bis zum 21. November 2022</strong>");
    for (const e of parsed.entry) expect(e.content!["#text"]).not.toMatch(/<(script|iframe|img|style)\b/i);
  });

  it("links the calendar download on items with dates", async () => {
    const parsed = await feed();
    const dikomm = parsed.entry.find((e) => textOf(e.title) === "dikomm 2022 in Essen")!;
    expect(dikomm.link).toContainEqual(expect.objectContaining({ "@_rel": "related", "@_type": "text/calendar", "@_href": "http://127.0.0.1:3500/aktuelles/dikomm-2022/termin.ics" }));
  });

  it("keeps entry ids across requests and hosts, and has distinct ids", async () => {
    const a = (await feed()).entry.map((e) => e.id);
    const b = (await feed("/feeds/aktuelles.atom", { host: "ozg.example.de" })).entry.map((e) => e.id);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  it("narrows to one category with ?kategorie= (case ignored) and says so in the title and self link", async () => {
    const parsed = await feed("/feeds/aktuelles.atom?kategorie=sprechstunde");
    const expected = sampleNews().filter((n) => n.fields.category === "Sprechstunde").map((n) => n.fields.title).sort();
    expect(parsed.entry.map((e) => textOf(e.title)).sort()).toEqual(expected);
    expect(textOf(parsed.title)).toBe("Sprechstunden – OZG-Nachnutzungsübersicht Sachsen-Anhalt");
    expect(parsed.link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe("http://127.0.0.1:3500/feeds/aktuelles.atom?kategorie=Sprechstunde");
  });

  it("uses PUBLIC_BASE_URL for every link when set", async () => {
    process.env.PUBLIC_BASE_URL = "https://ozg.sachsen-anhalt.de/";
    try {
      const response = await newsFeedResponse(request("/feeds/aktuelles.atom"));
      expect(response.headers.get("vary")).toBeNull();
      const xml = await response.text();
      expect(xml).not.toContain("127.0.0.1");
      expect(parseAtom(xml).link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe("https://ozg.sachsen-anhalt.de/feeds/aktuelles.atom");
    } finally {
      delete process.env.PUBLIC_BASE_URL;
    }
  });

  it("answers an unknown category with 400 and the German message", async () => {
    const response = await newsFeedResponse(request("/feeds/aktuelles.atom?kategorie=Termin"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect((await response.text()).trim()).toBe(
      "Parameter „kategorie“: „Termin“ ist keine bekannte Kategorie. Erlaubt: Meldung, Sprechstunde, Veranstaltung, Frist.",
    );
  });

  it("revalidates: 304 for the same ETag, a new ETag for another host", async () => {
    const first = await newsFeedResponse(request("/feeds/aktuelles.atom"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    const again = await newsFeedResponse(request("/feeds/aktuelles.atom", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const since = await newsFeedResponse(request("/feeds/aktuelles.atom", { "if-modified-since": first.headers.get("last-modified")! }));
    expect(since.status).toBe(304);
    const otherHost = await newsFeedResponse(request("/feeds/aktuelles.atom", { host: "ozg.example.de", "if-none-match": etag }));
    expect(otherHost.status).toBe(200);
    expect(otherHost.headers.get("etag")).not.toBe(etag);
  });

  it("answers with a new ETag and the new text once a news file changes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "feed-aktuelles-"));
    try {
      cpSync("data", dir, { recursive: true });
      process.env.DATA_DIR = dir;
      const first = await newsFeedResponse(request("/feeds/aktuelles.atom"));
      const etag = first.headers.get("etag")!;
      const file = path.join(dir, "aktuelles", "dikomm-2022.md");
      writeFileSync(file, readFileSync(file, "utf8").replace("title: dikomm 2022 in Essen", "title: dikomm 2022 in Essen (verschoben)"));
      const later = new Date(Date.now() + 60_000);
      utimesSync(file, later, later);
      const second = await newsFeedResponse(request("/feeds/aktuelles.atom", { "if-none-match": etag }));
      expect(second.status).toBe(200);
      expect(second.headers.get("etag")).not.toBe(etag);
      expect(parseAtom(await second.text()).entry.map((e) => textOf(e.title))).toContain("dikomm 2022 in Essen (verschoben)");
      expect(Date.parse(second.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(first.headers.get("last-modified")!));
    } finally {
      process.env.DATA_DIR = "data";
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
