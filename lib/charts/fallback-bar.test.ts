import { describe, expect, it } from "vitest";
import { percent, stackedBackground } from "./fallback-bar";

describe("fallback bars", () => {
  it("gives widths to a tenth of a percent", () => {
    expect(percent(1, 3)).toBe("33.3%");
    expect(percent(51, 51)).toBe("100%");
    expect(percent(0, 0)).toBe("0%");
  });

  it("draws a stacked bar as one gradient with a band per non-empty segment, in order", () => {
    expect(
      stackedBackground([
        { color: "var(--a)", count: 1 },
        { color: "var(--b)", count: 0 },
        { color: "var(--c)", count: 3 },
      ]),
    ).toBe("linear-gradient(to right, var(--a) 0% 25%, var(--c) 25% 100%)");
  });

  it("uses the plain colour when only one segment has services", () => {
    expect(stackedBackground([{ color: "var(--a)", count: 0 }, { color: "var(--b)", count: 7 }])).toBe("var(--b)");
    expect(stackedBackground([{ color: "var(--a)", count: 0 }])).toBe("transparent");
  });
});
