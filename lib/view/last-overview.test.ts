import { describe, expect, it } from "vitest";
import { isOverviewHref } from "./last-overview";

describe("the remembered dashboard view", () => {
  it("takes back only the dashboard's own addresses", () => {
    expect(isOverviewHref("/")).toBe(true);
    expect(isOverviewHref("/?themenfeld=Bildung&phase=Betrieb")).toBe(true);
    for (const other of [null, "//evil.example/", "https://evil.example/?x", "/leistungen/10000", "/?a=1#x", "javascript:alert(1)"]) {
      expect(isOverviewHref(other), String(other)).toBe(false);
    }
  });
});
