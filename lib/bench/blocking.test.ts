import { describe, expect, it } from "vitest";
import { totalBlockingTime } from "./blocking";

describe("totalBlockingTime", () => {
  it("sums what each task runs beyond 50 ms; shorter tasks block nothing", () => {
    expect(totalBlockingTime([220, 49, 50, 80])).toBe(170 + 0 + 0 + 30);
  });

  it("is 0 without long tasks", () => {
    expect(totalBlockingTime([])).toBe(0);
  });
});
