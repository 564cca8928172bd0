import { describe, expect, it, vi } from "vitest";
import { absoluteUrl, configuredBaseUrl, publicBaseUrl } from "./base-url";

const headers = (h: Record<string, string>) => new Headers(h);

describe("publicBaseUrl", () => {
  it("takes PUBLIC_BASE_URL when set, without trailing slash, and ignores the headers", () => {
    const base = publicBaseUrl(headers({ host: "evil.example" }), "http://127.0.0.1:3000/x", "https://ozg.sachsen-anhalt.de/");
    expect(base).toEqual({ url: "https://ozg.sachsen-anhalt.de", fromRequest: false });
    expect(configuredBaseUrl("https://example.org/ozg/")).toBe("https://example.org/ozg");
  });

  it("derives scheme and host from X-Forwarded-* (first value), else Host, else the request URL", () => {
    expect(publicBaseUrl(headers({ "x-forwarded-proto": "https, http", "x-forwarded-host": "ozg.example.de, proxy", host: "10.0.0.1:3000" }), undefined, "").url).toBe(
      "https://ozg.example.de",
    );
    expect(publicBaseUrl(headers({ host: "localhost:3500" }), "http://127.0.0.1:3500/feeds", "").url).toBe("http://localhost:3500");
    expect(publicBaseUrl(headers({}), "http://127.0.0.1:3500/feeds", "")).toEqual({ url: "http://127.0.0.1:3500", fromRequest: true });
  });

  it.each([
    ["markup in the host", { host: 'x"><script>' }],
    ["a path in the host", { host: "example.org/evil" }],
    ["credentials in the host", { "x-forwarded-host": "user@example.org" }],
    ["an odd scheme", { "x-forwarded-proto": "javascript" }],
  ])("ignores %s", (_name, h) => {
    const base = publicBaseUrl(headers(h), "http://127.0.0.1:3500/", "");
    expect(base.url).toBe("http://127.0.0.1:3500");
  });

  it("ignores an invalid PUBLIC_BASE_URL with a warning and falls back to the request", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(configuredBaseUrl("ftp://example.org")).toBeNull();
    expect(configuredBaseUrl("https://example.org/?a=1")).toBeNull();
    expect(configuredBaseUrl("kein url")).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("makes app paths absolute and keeps absolute URLs", () => {
    expect(absoluteUrl("https://a.de", "/aktuelles/x")).toBe("https://a.de/aktuelles/x");
    expect(absoluteUrl("https://a.de", "mailto:ozg@sachsen-anhalt.de")).toBe("mailto:ozg@sachsen-anhalt.de");
  });
});
