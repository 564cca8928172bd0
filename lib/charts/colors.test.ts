import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PHASEN, PRIORITAETEN, RESSORTS, UMSETZUNGSMODELLE } from "../vocabulary";
import { CHART_PALETTE, colorOf } from "./colors";

/** WCAG 2.1 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The phase colours are tokens of globals.css (the table's phase tags use them too). */
const globals = readFileSync("app/globals.css", "utf8");
function phaseColor(phase: string): string {
  const m = new RegExp(`--phase-${phase.toLowerCase()}:\\s*(#[0-9a-f]{6})`, "i").exec(globals);
  if (!m) throw new Error(`no --phase-${phase} in globals.css`);
  return m[1];
}

/** The hex colour behind colorOf(field, value) (a var(--…) of the palette). */
function hexOf(field: "umsetzungsmodell" | "ressort" | "prioritaet", value: string): string {
  const name = /var\((--[a-z0-9-]+)\)/.exec(colorOf(field, value))![1];
  return CHART_PALETTE[name];
}

describe("chart colours", () => {
  it("every colour has at least 3:1 contrast against white (bars, segments, phase tags)", () => {
    const colours = [...Object.values(CHART_PALETTE), ...PHASEN.map(phaseColor)];
    for (const c of colours) expect(contrast(c, "#ffffff"), c).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["umsetzungsmodell", [...UMSETZUNGSMODELLE, ""]],
    ["ressort", [...RESSORTS, ""]],
  ] as const)("neighbours in a stack by %s differ by at least 3:1, and every value has its own colour", (field, values) => {
    const hex = values.map((v) => hexOf(field, v));
    for (let i = 0; i + 1 < hex.length; i++) expect(contrast(hex[i], hex[i + 1]), `${values[i]} | ${values[i + 1]}`).toBeGreaterThanOrEqual(3);
    expect(new Set(hex).size).toBe(values.length);
  });

  it("priorities and phases have distinct colours", () => {
    expect(new Set([...PRIORITAETEN, ""].map((v) => hexOf("prioritaet", v))).size).toBe(PRIORITAETEN.length + 1);
    expect(new Set(PHASEN.map(phaseColor)).size).toBe(PHASEN.length);
  });
});
