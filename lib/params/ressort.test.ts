import { describe, expect, it } from "vitest";
import { ressortHref } from "../routes";
import { resolveRessort } from "./ressort";

describe("resolveRessort", () => {
  it.each([
    ["MI", "MI"],
    ["mi", "MI"],
    ["stk", "StK"],
    [" MWL ", "MWL"],
    ["M%49", "MI"],
    ["xyz", undefined],
    ["%E0%A4%A", undefined],
  ])("%s → %s", (raw, expected) => {
    expect(resolveRessort(raw)).toBe(expected);
  });
});

describe("ressortHref", () => {
  it("adds the Stand only when one is given", () => {
    expect(ressortHref("MI", null)).toBe("/ressorts/MI");
    expect(ressortHref("MID", "2022-09-30")).toBe("/ressorts/MID?stand=2022-09-30");
  });
});
