import { describe, expect, it } from "vitest";
import { parseExportFormat, parseReuseFilter, reuseFilterParams } from "./reuse-filter";

describe("the staff filter of declarations", () => {
  it("reads services, a Kreis by name or key, statuses and a call; writes them back in canonical order", () => {
    const { filter, problems } = parseReuseFilter(
      new URLSearchParams("status=vereinbarung&ozgId=10257&kreis=Landkreis%20Harz&status=INTERESSE&ozgId=10035&abfrage=0F8FAD5B-D9CB-469F-A165-70867728950E"),
    );
    expect(problems).toEqual([]);
    expect(filter).toEqual({ ozgIds: ["10257", "10035"], kreis: "15085", statuses: ["interesse", "vereinbarung"], abfrage: "0f8fad5b-d9cb-469f-a165-70867728950e" });
    expect(reuseFilterParams(filter)).toEqual({ ozgId: ["10035", "10257"], kreis: "15085", status: ["interesse", "vereinbarung"], abfrage: "0f8fad5b-d9cb-469f-a165-70867728950e" });
  });

  it("names each bad value in German and drops it", () => {
    const { filter, problems } = parseReuseFilter(new URLSearchParams("kreis=Leipzig&status=fertig&ozgId=x1&abfrage=1"));
    expect(filter).toEqual({ ozgIds: [], kreis: null, statuses: [], abfrage: null });
    expect(problems.map((p) => p.param)).toEqual(["ozgId", "kreis", "status", "abfrage"]);
    expect(problems[1].message).toMatch(/^Parameter „kreis“: „Leipzig“ ist kein Landkreis und keine kreisfreie Stadt Sachsen-Anhalts\./);
  });

  it("knows the formats csv and xlsx", () => {
    expect(parseExportFormat(new URLSearchParams("format=XLSX")).format).toBe("xlsx");
    expect(parseExportFormat(new URLSearchParams("")).format).toBe("json");
    expect(parseExportFormat(new URLSearchParams("format=pdf")).problem?.message).toBe("Parameter „format“: „pdf“ ist kein Format. Erlaubt: csv, xlsx.");
  });
});
