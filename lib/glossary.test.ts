import { describe, expect, it } from "vitest";
import { FIELD_GLOSSARY, GLOSSARY, glossaryEntry, valueMeaning } from "./glossary";

describe("glossary", () => {
  it("has unique anchors, and every field link points to an entry", () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const id of Object.values(FIELD_GLOSSARY)) expect(glossaryEntry(id!), id).toBeDefined();
  });

  it("explains the coded values a newcomer meets", () => {
    expect(valueMeaning("typisierung", "3")).toBe("Der Bund regelt die Leistung, die Kommunen führen sie aus.");
    expect(valueMeaning("typisierung", "2/3")).toBe(
      "Je nach Fall: 2 – Der Bund regelt die Leistung, das Land führt sie aus. 3 – Der Bund regelt die Leistung, die Kommunen führen sie aus.",
    );
    expect(valueMeaning("reifegrad", "3")).toBe("Reifegrad 3: Antrag mit allen Nachweisen online stellen (erfüllt das OZG)");
    expect(valueMeaning("efaFederfuehrung", "HB")).toBe("Federführung: Bremen");
    expect(valueMeaning("typisierung", "9")).toBeNull();
    expect(valueMeaning("reifegrad", "")).toBeNull();
  });
});
