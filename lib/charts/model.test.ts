import { describe, expect, it } from "vitest";
import { type BarChartModel, withoutStacks } from "./model";

describe("withoutStacks", () => {
  it("drops the stacks a chart does not draw and keeps every other field as it is", () => {
    const drawn: BarChartModel = {
      id: "phase",
      field: "phase",
      fieldLabel: "Phase",
      title: "Leistungen nach Phase",
      summary: "Von 2 Leistungen ist 1 in Betrieb.",
      selectionNote: null,
      total: 2,
      values: [],
      horizontal: false,
      valueColors: false,
    };
    const stacks = [{ field: "ressort" as const, fieldLabel: "Ressort", segments: [], counts: [] }];
    const bars = withoutStacks({ ...drawn, id: "phase", stacks });
    expect("stacks" in bars).toBe(false);
    expect(bars).toEqual(drawn);
  });
});
