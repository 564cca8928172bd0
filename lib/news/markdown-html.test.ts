import { describe, expect, it } from "vitest";
import { newsBodyHtml, safeHref } from "./markdown-html";

const BASE = "https://ozg.example.de";
const html = (md: string) => newsBodyHtml(md, BASE);

describe("newsBodyHtml (the Atom feed's content)", () => {
  it("renders Markdown like the pages: paragraphs, emphasis, lists, # as h2", () => {
    const out = html("# Titel\n\nText mit **fett**.\n\n- eins\n- zwei");
    expect(out).toContain("<h2>Titel</h2>");
    expect(out).toContain("<strong>fett</strong>");
    expect(out).toContain("<li>eins</li>");
    expect(out).not.toContain("<h1");
  });

  it.each([
    ["a script block", "<script>alert(1)</script>"],
    ["an image with onerror", '<img src="x" onerror="alert(1)">'],
    ["an iframe", '<iframe src="https://example.org"></iframe>'],
    ["an event handler", '<div onclick="alert(1)">Klick</div>'],
    ["a style element", "<style>body{display:none}</style>"],
  ])("never renders %s as HTML", (_name, source) => {
    const out = html(`Vorher\n\n${source}\n\nNachher ${source}`);
    expect(out).not.toMatch(/<(script|img|iframe|div|style)\b/i);
    expect(out).not.toMatch(/onerror=|onclick=/i);
    expect(out).toContain("Vorher");
  });

  it("drops unsafe link targets but keeps the text", () => {
    expect(html("[Klick](javascript:alert(1)) und [Daten](data:text/html,x)")).toBe("<p>Klick und Daten</p>");
  });

  it("makes app paths absolute and marks other sites with rel", () => {
    const out = html("[Aktuelles](/aktuelles/x) [Dataport](https://www.dataport.de) [Mail](mailto:ozg@sachsen-anhalt.de)");
    expect(out).toContain('<a href="https://ozg.example.de/aktuelles/x">Aktuelles</a>');
    expect(out).toContain('<a href="https://www.dataport.de" rel="noopener noreferrer">Dataport</a>');
    expect(out).toContain('<a href="mailto:ozg@sachsen-anhalt.de">Mail</a>');
  });

  it("shows an image's alternative text instead of loading it", () => {
    expect(html("![Lageplan](https://example.org/plan.png)")).toBe("<p>[Bild: Lageplan]</p>");
  });
});

describe("safeHref", () => {
  it.each([
    ["/daten", "https://ozg.example.de/daten"],
    ["https://a.de/x", "https://a.de/x"],
    ["tel:+49391", "tel:+49391"],
    ["JAVASCRIPT:alert(1)", null],
    ["vbscript:x", null],
    ["java\u0000script:x", null],
  ])("%s → %s", (href, expected) => expect(safeHref(href, BASE)).toBe(expected));
});
