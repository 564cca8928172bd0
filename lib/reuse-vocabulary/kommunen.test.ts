import { describe, expect, it } from "vitest";
import { KREISE, compareKommunen, findKreis, isKreisName, kommuneKey, kommuneLabel, kreisByKey } from "./kommunen";

describe("the Kommunen of Sachsen-Anhalt", () => {
  it("are the 3 kreisfreie Städte and 11 Landkreise with their Kreisschlüssel", () => {
    expect(KREISE.filter((k) => k.kind === "kreisfreie Stadt").map((k) => `${k.key} ${k.name}`)).toEqual(["15001 Dessau-Roßlau", "15002 Halle (Saale)", "15003 Magdeburg"]);
    expect(KREISE.filter((k) => k.kind === "Landkreis").map((k) => k.key)).toEqual(["15081", "15082", "15083", "15084", "15085", "15086", "15087", "15088", "15089", "15090", "15091"]);
    expect(KREISE.map((k) => k.name)).toEqual([
      "Dessau-Roßlau", "Halle (Saale)", "Magdeburg", "Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Börde", "Burgenlandkreis",
      "Harz", "Jerichower Land", "Mansfeld-Südharz", "Saalekreis", "Salzlandkreis", "Stendal", "Wittenberg",
    ]);
  });

  it("are found by short name, official name or key, whatever the spelling", () => {
    for (const input of ["Harz", "landkreis harz", "LANDKREIS  HARZ", "15085"]) expect(findKreis(input)?.key).toBe("15085");
    expect(findKreis("Boerde")?.key).toBe("15083");
    expect(findKreis("Halle ( Saale )")?.key).toBe("15002");
    expect(findKreis("Mansfeld Südharz")?.key).toBe("15087");
    expect(findKreis("Landeshauptstadt Magdeburg")?.key).toBe("15003");
    expect(findKreis("Leipzig")).toBeUndefined();
    expect(findKreis("")).toBeUndefined();
  });

  it("tell the Kreis itself from a Gemeinde of the same name only by the Kreis's own names", () => {
    const stendal = kreisByKey("15090")!;
    expect(isKreisName(stendal, "Landkreis Stendal")).toBe(true);
    expect(isKreisName(stendal, "Hansestadt Stendal")).toBe(false);
  });

  it("name a Kommune and key it: one declaration per Kommune and service", () => {
    const harz = kreisByKey("15085")!;
    expect(kommuneLabel({ kreis: harz, gemeinde: null })).toBe("Landkreis Harz");
    expect(kommuneLabel({ kreis: harz, gemeinde: "Wernigerode" })).toBe("Wernigerode (Landkreis Harz)");
    expect(kommuneKey({ kreis: harz, gemeinde: null })).toBe("15085");
    expect(kommuneKey({ kreis: harz, gemeinde: "Wernigerode" })).toBe(kommuneKey({ kreis: harz, gemeinde: " wernigerode " }));
    expect(kommuneKey({ kreis: harz, gemeinde: "Quedlinburg" })).not.toBe(kommuneKey({ kreis: harz, gemeinde: "Wernigerode" }));
  });

  it("sort by Kreisschlüssel, the Kreis before its Gemeinden", () => {
    const [harz, magdeburg] = [kreisByKey("15085")!, kreisByKey("15003")!];
    const list = [
      { kreis: harz, gemeinde: "Wernigerode" },
      { kreis: harz, gemeinde: null },
      { kreis: magdeburg, gemeinde: null },
      { kreis: harz, gemeinde: "Ballenstedt" },
    ];
    expect(list.sort(compareKommunen).map(kommuneLabel)).toEqual(["Landeshauptstadt Magdeburg", "Landkreis Harz", "Ballenstedt (Landkreis Harz)", "Wernigerode (Landkreis Harz)"]);
  });
});
