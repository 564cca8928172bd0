import { describe, expect, it } from "vitest";
import { type AnchorFacts, type ClickFacts, clientNavigation } from "./client-navigation";

const PLAIN: ClickFacts = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const HERE = { origin: "https://ozg.example", pathname: "/", search: "?phase=Betrieb" };
const link = (href: string, extra: Partial<AnchorFacts> = {}): AnchorFacts => ({ href, target: "", download: false, ...extra });

describe("clientNavigation", () => {
  it("follows another view of the same page in place (no scroll)", () => {
    expect(clientNavigation(PLAIN, link("https://ozg.example/?phase=Betrieb&ressort=MI"), HERE)).toEqual({
      href: "/?phase=Betrieb&ressort=MI",
      scroll: false,
    });
    expect(clientNavigation(PLAIN, link("https://ozg.example/?diagramme=aus#diagramme"), HERE)).toEqual({
      href: "/?diagramme=aus#diagramme",
      scroll: false,
    });
  });

  it("follows a link to another page and scrolls to its top", () => {
    expect(clientNavigation(PLAIN, link("https://ozg.example/leistungen/10000"), HERE)).toEqual({ href: "/leistungen/10000", scroll: true });
    expect(clientNavigation(PLAIN, link("https://ozg.example/glossar#phase"), HERE)).toEqual({ href: "/glossar#phase", scroll: true });
  });

  it("leaves modified clicks, other buttons and handled clicks to the browser", () => {
    const href = link("https://ozg.example/?ressort=MI");
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const) expect(clientNavigation({ ...PLAIN, [key]: true }, href, HERE)).toBeNull();
    expect(clientNavigation({ ...PLAIN, button: 1 }, href, HERE)).toBeNull();
    expect(clientNavigation({ ...PLAIN, defaultPrevented: true }, href, HERE)).toBeNull();
  });

  it("leaves downloads, other windows, other hosts and non-pages to the browser", () => {
    expect(clientNavigation(PLAIN, link("https://ozg.example/?ressort=MI", { target: "_blank" }), HERE)).toBeNull();
    expect(clientNavigation(PLAIN, link("https://ozg.example/api/export?phase=Betrieb", { download: true }), HERE)).toBeNull();
    expect(clientNavigation(PLAIN, link("https://ozg.example/api/leistungen"), HERE)).toBeNull();
    expect(clientNavigation(PLAIN, link("https://ozg.example/feeds/aenderungen.atom?ressort=MI"), HERE)).toBeNull();
    expect(clientNavigation(PLAIN, link("https://ozg.example/termine.ics"), HERE)).toBeNull();
    expect(clientNavigation(PLAIN, link("https://other.example/?ressort=MI"), HERE)).toBeNull();
    expect(clientNavigation(PLAIN, link("mailto:ozg@example.org"), HERE)).toBeNull();
  });

  it("leaves a jump to a fragment of the page itself to the browser", () => {
    expect(clientNavigation(PLAIN, link("https://ozg.example/?phase=Betrieb#ergebnisse"), HERE)).toBeNull();
    expect(clientNavigation(PLAIN, link("https://ozg.example/?phase=Betrieb", { target: "_self" }), HERE)).toEqual({ href: "/?phase=Betrieb", scroll: false });
  });
});
