import { describe, expect, it } from "vitest";
import { parseNewsFile } from "./schema";

const VALID = {
  title: "Digitale Einbürgerung: Pilotkommunen gesucht",
  date: "2022-11-01",
  category: "Frist",
  deadline: "2022-11-21",
  ozgIds: "[10257]",
};

/** A news file from front matter lines (values written as in the file) and a body. */
function file(fields: Record<string, string | undefined>, body = "Text"): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return ["---", ...lines, "---", body].join("\n");
}

/** The problem messages of a file that must be invalid. */
function messages(fields: Record<string, string | undefined>, name = "einbuergerung.md"): string[] {
  const result = parseNewsFile(name, file(fields));
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => p.message);
}

describe("parseNewsFile", () => {
  it("returns the item with slug, file, typed fields and trimmed body", () => {
    const result = parseNewsFile("einbuergerung.md", file({ ...VALID, location: "Magdeburg" }, "\nKörper\n\n"));
    expect(result).toEqual({
      ok: true,
      item: {
        slug: "einbuergerung",
        file: "aktuelles/einbuergerung.md",
        title: VALID.title,
        date: "2022-11-01",
        category: "Frist",
        deadline: "2022-11-21",
        location: "Magdeburg",
        ozgIds: ["10257"],
        body: "Körper",
      },
    });
  });

  it("accepts the optional fields left out, a single OZG-ID and a category in other case", () => {
    const result = parseNewsFile("a.md", file({ title: "A", date: "2022-10-05", category: "sprechstunde", ozgIds: "10257" }));
    if (!result.ok) throw new Error("expected an item");
    expect(result.item).toMatchObject({ category: "Sprechstunde", ozgIds: ["10257"] });
    expect([result.item.deadline, result.item.endDate, result.item.location, result.item.summary]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("accepts a multi-day event and an event whose (registration) deadline lies before it", () => {
    const result = parseNewsFile(
      "kommdigitale.md",
      file({ title: "K", date: "2022-11-15", endDate: "2022-11-17", category: "Veranstaltung", deadline: "2022-11-01" }),
    );
    expect(result.ok).toBe(true);
  });

  it.each<[string, Record<string, string | undefined>, string]>([
    ["missing title", { ...VALID, title: undefined }, "aktuelles/einbuergerung.md, Feld „title“: Pflichtangabe fehlt."],
    ["empty title", { ...VALID, title: '""' }, "aktuelles/einbuergerung.md, Feld „title“: Pflichtangabe fehlt."],
    ["missing date", { ...VALID, date: undefined }, "aktuelles/einbuergerung.md, Feld „date“: Pflichtangabe fehlt."],
    ["bad date", { ...VALID, date: "2022-13-01" }, "aktuelles/einbuergerung.md, Feld „date“: „2022-13-01“ ist kein gültiges Datum (JJJJ-MM-TT)."],
    ["German date format", { ...VALID, date: "01.11.2022" }, "aktuelles/einbuergerung.md, Feld „date“: „01.11.2022“ ist kein gültiges Datum (JJJJ-MM-TT)."],
    ["29 February in a common year", { ...VALID, date: "2022-02-29", deadline: "2022-03-01" }, "Feld „date“: „2022-02-29“ ist kein gültiges Datum"],
    ["a list as date", { ...VALID, date: "[2022-11-01]" }, "aktuelles/einbuergerung.md, Feld „date“: muss ein einzelner Wert sein, keine Liste."],
    [
      "unknown category",
      { ...VALID, category: "Termin" },
      "aktuelles/einbuergerung.md, Feld „category“: „Termin“ ist keine bekannte Kategorie. Erlaubt: Meldung, Sprechstunde, Veranstaltung, Frist.",
    ],
    ["missing category", { ...VALID, category: undefined }, "Feld „category“: Pflichtangabe fehlt. Erlaubt: Meldung, Sprechstunde, Veranstaltung, Frist."],
    ["bad deadline", { ...VALID, deadline: "2022-11-31" }, "Feld „deadline“: „2022-11-31“ ist kein gültiges Datum (JJJJ-MM-TT)."],
    ["Frist without deadline", { ...VALID, deadline: undefined }, "Feld „deadline“: Pflichtangabe fehlt. Ein Beitrag der Kategorie „Frist“ braucht eine Frist"],
    ["deadline before date", { ...VALID, deadline: "2022-10-01" }, "Feld „deadline“: Die Frist „2022-10-01“ liegt vor dem Datum des Beitrags „2022-11-01“."],
    ["endDate on a Frist", { ...VALID, endDate: "2022-11-30" }, "Feld „endDate“: Ein Enddatum gibt es nur bei den Kategorien Sprechstunde und Veranstaltung"],
    [
      "endDate before date",
      { title: "K", date: "2022-11-15", endDate: "2022-11-14", category: "Veranstaltung" },
      "Feld „endDate“: Das Enddatum „2022-11-14“ liegt vor dem Beginn „2022-11-15“.",
    ],
    ["non-numeric OZG-ID", { ...VALID, ozgIds: "[10257, 10O35]" }, "aktuelles/einbuergerung.md, Feld „ozgIds“: „10O35“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10257)."],
    [
      "unknown key (an error: a typo must not silently drop a value)",
      { ...VALID, dedline: "2022-11-21" },
      "aktuelles/einbuergerung.md, Feld „dedline“: Unbekanntes Feld (Tippfehler?). Erlaubt: title, shortTitle, summary, date, endDate, startTime, endTime, category, deadline, location, ozgIds.",
    ],
  ])("reports %s with file and field", (_name, fields, expected) => {
    expect(messages(fields).join("\n")).toContain(expected);
  });

  it("reports every problem of a file at once", () => {
    const found = messages({ date: "2022-13-01", category: "Termin", ozgIds: "[abc]", foo: "x" });
    expect(found.map((m) => m.match(/Feld „(\w+)“/)?.[1]).sort()).toEqual(["category", "date", "foo", "ozgIds", "title"]);
  });

  it("does not compare dates that are themselves invalid", () => {
    const found = messages({ ...VALID, date: "kaputt", deadline: "2022-11-21" });
    expect(found).toEqual(["aktuelles/einbuergerung.md, Feld „date“: „kaputt“ ist kein gültiges Datum (JJJJ-MM-TT)."]);
  });

  it("names the line for front matter syntax errors", () => {
    const result = parseNewsFile("a.md", "---\ntitle: A\n  kaputt\n---\n");
    expect(!result.ok && result.problems[0].message).toBe(
      "aktuelles/a.md, Zeile 3: „kaputt“ nicht verstanden. Erwartet wird „feld: wert“ oder ein Listenpunkt „- wert“.",
    );
  });

  it.each(["Einbürgerung.md", "mit leerzeichen.md", "UPPER.md", "-start.md", "a--b.md"])("rejects the file name %s", (name) => {
    const result = parseNewsFile(name, file(VALID));
    expect(!result.ok && result.problems[0].message).toContain(`aktuelles/${name}: Der Dateiname ist ungültig.`);
  });
});
