import { describe, expect, it } from "vitest";
import { type PhaseChartModel, withoutStacks } from "./model";

describe("withoutStacks", () => {
  it("drops the stacks a chart does not draw and keeps every other field as it is", () => {
    const phase: PhaseChartModel = {
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
      stacks: [{ field: "ressort", fieldLabel: "Ressort", segments: [], counts: [] }],
    };
    const bars = withoutStacks(phase);
    expect("stacks" in bars).toBe(false);
    expect(bars).toEqual({
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
    });
  });
});
