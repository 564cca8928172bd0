import { describe, expect, it } from "vitest";
import { splitMultiValue } from "./leistung";

describe("splitMultiValue", () => {
  it("splits on line breaks and ';', trims, drops empty values", () => {
    expect(splitMultiValue(" Geburt\r\nUmzug ;; Heirat\n")).toEqual(["Geburt", "Umzug", "Heirat"]);
  });

  it("keeps a value written twice in one cell once: the service counts once in its facet", () => {
    expect(splitMultiValue("Geburt\nGeburt; Umzug")).toEqual(["Geburt", "Umzug"]);
  });
});
