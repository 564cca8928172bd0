import { describe, expect, it } from "vitest";
import { datasetFromCsv, sampleDataset } from "../charts/fixtures";
import { cachedDiff, cellText, changedFields, diffDatasets, phaseChanges, ressortScope } from "./diff";
import { rowAt } from "../dataset/rows";

// OZG-ID;Leistung;Themenfeld;Lebenslage;Ressort;Priorität;Phase;Umsetzungsmodell;Nachnutzbar;Bemerkung
const september = datasetFromCsv("2022-09-30", [
  "1;Elterngeld;Familie & Kind;\"Geburt\nFamilie\";MS;hoch;Rollout;EfA-Nachnutzung;ja;",
  "2;Kindergeld;Familie & Kind;Geburt;MS;mittel;in Planung;Bundeslösung;nein;",
  "3;Wohngeld;Bauen & Wohnen;Umzug;MI;hoch;Umsetzung;Landeslösung;;",
  "4;Kfz-Kennzeichen;Mobilität & Reisen;;MID;niedrig;Betrieb;;;",
  "5;Hundesteuer;Steuern & Zoll;;MF;;;;;",
]);
const oktober = datasetFromCsv("2022-10-28", [
  "1;Elterngeld;Familie & Kind;\"Familie\nGeburt\";MS;hoch;Betrieb;EfA-Nachnutzung;ja;",
  "2;Kindergeld;Familie & Kind;Geburt;MS;mittel;Planung;Bundeslösung;nein;",
  "3;Wohngeld;Bauen & Wohnen;\"Umzug\nRente\";MS;mittel;Umsetzung;Landeslösung;ja;neu: Antrag online",
  "5;Hundesteuer;Steuern & Zoll;;MF;;;;;",
  "10;Einbürgerung;Ein- & Auswanderung;;MI;hoch;Planung;EfA-Nachnutzung;ja;",
  "6;Einbürgerungstest;Ein- & Auswanderung;;MI;;;;;",
]);

describe("diffDatasets", () => {
  const diff = diffDatasets(september, oktober);

  it("names the Stände compared", () => {
    expect(diff.from).toBe("2022-09-30");
    expect(diff.to).toBe("2022-10-28");
  });

  it("lists added and removed services as whole rows, in OZG-ID order", () => {
    expect(diff.added.map((r) => r.ozgId)).toEqual(["6", "10"]);
    expect(diff.removed.map((r) => r.ozgId)).toEqual(["4"]);
    expect(diff.removed[0].leistung).toBe("Kfz-Kennzeichen");
    expect(diff.added[1].lebenslage).toEqual([]);
  });

  it("lists every changed field with before and after as text", () => {
    expect(diff.changed).toEqual([
      { ozgId: "1", leistung: "Elterngeld", fields: [{ field: "phase", before: "Rollout", after: "Betrieb" }] },
      {
        ozgId: "3",
        leistung: "Wohngeld",
        fields: [
          { field: "lebenslage", before: "Umzug", after: "Umzug; Rente" },
          { field: "ressort", before: "MI", after: "MS" },
          { field: "prioritaet", before: "hoch", after: "mittel" },
          { field: "nachnutzbarKommunen", before: "", after: "ja" },
          { field: "bemerkung", before: "", after: "neu: Antrag online" },
        ],
      },
    ]);
  });

  it("sees no change in alias spellings (in Planung = Planung) or in the order of list values", () => {
    expect(diff.changed.map((c) => c.ozgId)).not.toContain("2");
    expect(diff.changed.find((c) => c.ozgId === "1")!.fields.map((f) => f.field)).toEqual(["phase"]);
  });

  it("is empty for a Stand compared with itself", () => {
    expect(diffDatasets(oktober, oktober)).toEqual({ from: "2022-10-28", to: "2022-10-28", added: [], removed: [], changed: [] });
  });

  it("restricts to one Ressort: services in it before or after", () => {
    const mi = diffDatasets(september, oktober, ressortScope("MI"));
    expect(mi.added.map((r) => r.ozgId)).toEqual(["6", "10"]);
    expect(mi.removed).toEqual([]);
    expect(mi.changed.map((c) => c.ozgId)).toEqual(["3"]);
    const mid = diffDatasets(september, oktober, ressortScope("MID"));
    expect(mid.removed.map((r) => r.ozgId)).toEqual(["4"]);
    expect(mid.added).toEqual([]);
  });

  it("extracts the phase changes", () => {
    expect(phaseChanges(diff)).toEqual([{ ozgId: "1", leistung: "Elterngeld", before: "Rollout", after: "Betrieb" }]);
  });

  it("remembers the diff of two cached Datasets", () => {
    expect(cachedDiff(september, oktober)).toBe(cachedDiff(september, oktober));
    expect(cachedDiff(september, oktober)).toEqual(diff);
  });
});

describe("changedFields and cellText", () => {
  it("joins lists with '; ' and keeps text as it is", () => {
    expect(cellText(["a", "b"])).toBe("a; b");
    expect(cellText([])).toBe("");
    expect(cellText("x")).toBe("x");
  });

  it("finds no change between a row and itself", () => {
    expect(changedFields(rowAt(oktober, 0), rowAt(oktober, 0))).toEqual([]);
  });
});

describe("the sample Stände (data/SAMPLE-DATA.md)", () => {
  const diff = diffDatasets(sampleDataset("2022-09-30"), sampleDataset("2022-10-28"));

  it("has 3 added and 1 removed services", () => {
    expect(diff.added.map((r) => r.ozgId)).toEqual(["10257", "10258", "10579"]);
    expect(diff.removed.map((r) => r.ozgId)).toEqual(["10436"]);
  });

  it("has 18 phase changes and 20 changed services", () => {
    expect(phaseChanges(diff).map((c) => c.ozgId).sort()).toEqual(
      ["10018", "10026", "10206", "10594", "10084", "10169", "10364", "10160", "10035", "10042", "10124", "10237", "10294", "10593", "19001", "10000", "10092", "10557"].sort(),
    );
    expect(diff.changed).toHaveLength(20);
  });

  it("reports the other changes the sample describes", () => {
    const fieldsOf = (id: string) => diff.changed.find((c) => c.ozgId === id)!.fields.map((f) => f.field);
    expect(fieldsOf("10035")).toContain("prioritaet");
    expect(fieldsOf("10348")).toEqual(["umsetzungsmodell", "efaFederfuehrung", "nachnutzbarKommunen", "bemerkung"]);
    expect(fieldsOf("10364")).toContain("nachnutzbarKommunen");
    expect(fieldsOf("10439")).toEqual(["bemerkung"]);
  });

  it("does not report the alias spellings of the older file", () => {
    for (const id of ["10524", "10060", "10522"]) expect(diff.changed.find((c) => c.ozgId === id), id).toBeUndefined();
  });
});
