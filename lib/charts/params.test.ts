import { describe, expect, it } from "vitest";
import { DEFAULT_STACK, parseStackField, withStackParam } from "./params";

describe("parseStackField: the chart= parameter", () => {
  it.each([
    [{}, "umsetzungsmodell"],
    [{ chart: "ressort" }, "ressort"],
    [{ chart: "RESSORT" }, "ressort"],
    [{ chart: " modell " }, "umsetzungsmodell"],
    [{ chart: "umsetzungsmodell" }, "umsetzungsmodell"],
    [{ chart: "unbekannt" }, DEFAULT_STACK],
    [{ chart: "" }, DEFAULT_STACK],
    [{ chart: ["ressort", "modell"] }, "umsetzungsmodell"],
  ])("%j → %s", (input, field) => expect(parseStackField(input)).toBe(field));

  it("reads URLSearchParams too", () => {
    expect(parseStackField(new URLSearchParams("phase=Betrieb&chart=ressort"))).toBe("ressort");
  });
});

describe("withStackParam", () => {
  it.each([
    ["/", "ressort", "/?chart=ressort"],
    ["/?phase=Betrieb", "ressort", "/?phase=Betrieb&chart=ressort"],
    ["/?phase=Betrieb&chart=ressort", "umsetzungsmodell", "/?phase=Betrieb"],
    ["/?chart=ressort", "umsetzungsmodell", "/"],
  ] as const)("%s with %s → %s", (href, field, expected) => expect(withStackParam(href, field)).toBe(expected));
});
