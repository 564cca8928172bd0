/**
 * The Markdown of news bodies, rendered as the pages render it (a React server component,
 * here through react-dom/server): raw HTML never becomes HTML, links to other sites are marked.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NewsMarkdown } from "./news-markdown";

const render = (source: string) => renderToStaticMarkup(createElement(NewsMarkdown, { source }));

describe("NewsMarkdown", () => {
  it("renders paragraphs, emphasis, lists and headings (a body's # becomes an h2 under the page's h1)", () => {
    const html = render("# Titel\n\n## Abschnitt\n\nText mit **fett** und *kursiv*.\n\n- eins\n- zwei\n\n1. erstens\n");
    expect(html).toContain("<h2>Titel</h2>");
    expect(html).toContain("<h2>Abschnitt</h2>");
    expect(html).toContain("<strong>fett</strong>");
    expect(html).toContain("<em>kursiv</em>");
    expect(html).toContain("<li>eins</li>");
    expect(html).toContain("<ol>");
    expect(html).not.toContain("<h1");
  });

  it.each([
    ["a script block", "<script>alert(1)</script>"],
    ["an inline script", "Text <script>alert(1)</script> Text"],
    ["an image with onerror", '<img src="x" onerror="alert(1)">'],
    ["an inline image with onerror", 'Text <img src=x onerror=alert(1)> Text'],
    ["an iframe", '<iframe src="https://example.org"></iframe>'],
    ["an event handler on a block", '<div onclick="alert(1)">Klick</div>'],
    ["a style element", "<style>body{display:none}</style>"],
  ])("never renders %s as HTML", (_name, source) => {
    const html = render(source);
    expect(html).not.toMatch(/<(script|img|iframe|div onclick|style)\b/i);
    expect(html).not.toMatch(/onerror|onclick/i);
  });

  it("keeps the text around dropped HTML tags", () => {
    expect(render("Ein <b>wichtiger</b> Hinweis")).toBe("<div><p>Ein wichtiger Hinweis</p></div>");
  });

  it("neutralises javascript: and data: links, keeping their text", () => {
    const html = render("[klick](javascript:alert(1)) und [daten](data:text/html;base64,PHNjcmlwdD4=)");
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain("klick");
    expect(html).toContain("daten");
  });

  it("marks links to other sites (icon, hidden text, rel) and leaves own pages and e-mail alone", () => {
    const html = render("[Dataport](https://www.dataport.de), [Übersicht](/?ozgId=10257), [Mail](mailto:ozg@sachsen-anhalt.de)");
    expect(html).toContain(
      '<a href="https://www.dataport.de" rel="noopener noreferrer" data-external="">Dataport<span aria-hidden="true"> ↗</span><span class="visually-hidden"> (externer Link)</span></a>',
    );
    expect(html).toContain('<a href="/?ozgId=10257">Übersicht</a>');
    expect(html).toContain('<a href="mailto:ozg@sachsen-anhalt.de">Mail</a>');
    expect(html.match(/externer Link/g)).toHaveLength(1);
  });

  it("marks autolinks to other sites too", () => {
    expect(render("<https://www.fitko.de>")).toContain("(externer Link)");
  });

  it("shows an image's alternative text instead of loading it from elsewhere", () => {
    const html = render("![Karte des Wissenschaftshafens](https://example.org/karte.png)");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("example.org");
    expect(html).toContain("[Bild: Karte des Wissenschaftshafens]");
  });
});
