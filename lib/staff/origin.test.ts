import { describe, expect, it } from "vitest";
import { CROSS_SITE_MESSAGE, crossSiteProblem } from "./origin";

const h = (headers: Record<string, string>) => new Headers(headers);

describe("crossSiteProblem", () => {
  it.each<[string, Record<string, string>, string | undefined]>([
    ["a form of this site", { host: "127.0.0.1:3802", origin: "http://127.0.0.1:3802", "sec-fetch-site": "same-origin" }, undefined],
    ["a script without browser headers (curl)", { host: "ozg.example.de" }, undefined],
    ["this site behind a proxy (X-Forwarded-Host)", { host: "10.0.0.5:3000", "x-forwarded-host": "ozg.sachsen-anhalt.de", origin: "https://ozg.sachsen-anhalt.de" }, undefined],
    ["the configured public address", { host: "10.0.0.5:3000", origin: "https://ozg.sachsen-anhalt.de" }, "https://ozg.sachsen-anhalt.de"],
    ["host names in another case", { host: "OZG.Example.de", origin: "https://ozg.example.DE" }, undefined],
  ])("lets through %s", (_name, headers, base) => {
    expect(crossSiteProblem(h(headers), base)).toBeNull();
  });

  it.each<[string, Record<string, string>]>([
    ["another site's form", { host: "ozg.example.de", origin: "https://boese.example", "sec-fetch-site": "cross-site" }],
    ["another site without Sec-Fetch-Site (older browser)", { host: "ozg.example.de", origin: "https://boese.example" }],
    ["a sibling subdomain (same-site is not same-origin)", { host: "ozg.example.de", origin: "https://blog.example.de", "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site cross-site without Origin", { host: "ozg.example.de", "sec-fetch-site": "cross-site" }],
    ["Origin null (sandboxed frame)", { host: "ozg.example.de", origin: "null" }],
    ["another port of the same host", { host: "ozg.example.de", origin: "https://ozg.example.de:8443" }],
    ["a non-web scheme", { host: "ozg.example.de", origin: "file://ozg.example.de" }],
  ])("refuses %s", (_name, headers) => {
    expect(crossSiteProblem(h(headers), "")).toBe(CROSS_SITE_MESSAGE);
  });
});
