import { describe, expect, it } from "vitest";
import { flightBytes, scriptsInHtml } from "./page-scripts";

describe("scriptsInHtml", () => {
  it("names the scripts a modern browser loads, not the noModule polyfills", () => {
    const html =
      '<link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/b.js" async=""></script>' +
      '<script src="/_next/static/chunks/polyfill.js" noModule="" nonce="x"></script><link rel="stylesheet" href="/c.css"/>';
    expect([...scriptsInHtml(html, "http://h/")]).toEqual(["http://h/_next/static/chunks/b.js", "http://h/_next/static/chunks/a.js"]);
  });

  it("counts the bytes of the flight payload's scripts only", () => {
    const flight = '<script>self.__next_f.push([1,"abc"])</script>';
    expect(flightBytes(`<p>x</p>${flight}<script>other()</script>`)).toBe(flight.length);
  });
});
