import { describe, expect, it } from "vitest";
import { checkNewsForm, slugFromTitle, splitOzgIds, valuesOf } from "./staff-input";

const VALID = {
  title: "Digitale Einbürgerung: Pilotkommunen gesucht",
  category: "Frist",
  date: "2022-11-01",
  deadline: "2022-11-21",
  ozgIds: "10257, 10035 10257",
  body: "Bitte melden Sie sich **bis zum 21. November**.\r\n\r\n- eins\r\n",
};

function errorsOf(values: Record<string, string>, fixedSlug: string | null = null) {
  const checked = checkNewsForm(values, fixedSlug);
  if (checked.ok) throw new Error("expected errors");
  return checked.errors;
}

describe("checkNewsForm", () => {
  it("accepts a valid item: canonical category, IDs split and deduplicated, slug from the title, CRLF turned into LF, empty fields left out", () => {
    const checked = checkNewsForm({ ...VALID, category: "frist", shortTitle: "  ", summary: "", location: "", endDate: "" });
    expect(checked).toEqual({
      ok: true,
      value: {
        slug: "digitale-einbuergerung-pilotkommunen-gesucht",
        title: VALID.title,
        category: "Frist",
        date: "2022-11-01",
        deadline: "2022-11-21",
        ozgIds: ["10257", "10035"],
        body: "Bitte melden Sie sich **bis zum 21. November**.\n\n- eins",
      },
    });
  });

  it("keeps a typed slug and the optional fields", () => {
    const checked = checkNewsForm({ ...VALID, slug: "einbuergerung-2022", shortTitle: "Einbürgerung", summary: "Kurz.", location: "online" });
    expect(checked.ok && checked.value).toMatchObject({ slug: "einbuergerung-2022", shortTitle: "Einbürgerung", summary: "Kurz.", location: "online" });
  });

  it("says per field what is wrong, in German, with the file rules (Frist needs a deadline, no end date for a Meldung)", () => {
    expect(errorsOf({ ...VALID, title: " ", body: "" })).toEqual({
      title: "Bitte einen Titel angeben.",
      body: "Bitte den Text des Beitrags angeben (Markdown).",
    });
    expect(errorsOf({ ...VALID, deadline: "" }).deadline).toBe("Bitte eine Frist angeben. Ein Beitrag der Kategorie „Frist“ braucht eine Frist (JJJJ-MM-TT).");
    expect(errorsOf({ ...VALID, category: "Meldung", endDate: "2022-11-03" }).endDate).toBe(
      "Ein Enddatum gibt es nur bei den Kategorien Sprechstunde und Veranstaltung (hier: Meldung).",
    );
    expect(errorsOf({ ...VALID, deadline: "2022-10-01" }).deadline).toBe("Die Frist „2022-10-01“ liegt vor dem Datum des Beitrags „2022-11-01“.");
    expect(errorsOf({ ...VALID, date: "2022-13-01" }).date).toBe("„2022-13-01“ ist kein gültiges Datum (JJJJ-MM-TT).");
    expect(errorsOf({ ...VALID, category: "Termin" }).category).toBe("„Termin“ ist keine bekannte Kategorie. Erlaubt: Meldung, Sprechstunde, Veranstaltung, Frist.");
    expect(errorsOf({ ...VALID, category: "" }).category).toBe("Bitte eine Kategorie wählen (Meldung, Sprechstunde, Veranstaltung, Frist).");
    expect(errorsOf({ ...VALID, ozgIds: "10257, 10O35" }).ozgIds).toBe("„10O35“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10257).");
    expect(errorsOf({ ...VALID, title: "x".repeat(201) }).title).toBe("Höchstens 200 Zeichen (jetzt 201).");
  });

  it("refuses slugs that cannot be an address", () => {
    expect(errorsOf({ ...VALID, slug: "Einbürgerung" }).slug).toMatch(/^„Einbürgerung“ geht nicht als Kurzname: erlaubt sind Kleinbuchstaben a–z/);
    expect(errorsOf({ ...VALID, slug: "a--b" }).slug).toMatch(/geht nicht als Kurzname/);
    expect(errorsOf({ ...VALID, slug: "neu" }).slug).toBe("„neu“ ist als Kurzname nicht möglich. Bitte einen anderen wählen.");
    expect(errorsOf({ ...VALID, title: "!!!" }).slug).toMatch(/^Aus dem Titel lässt sich kein Kurzname bilden/);
  });

  it("when editing keeps the item's address whatever the form says", () => {
    const checked = checkNewsForm({ ...VALID, slug: "NICHT GUELTIG" }, "einbuergerung");
    expect(checked.ok && checked.value.slug).toBe("einbuergerung");
  });

  it("round-trips a stored item through the form's values", () => {
    const checked = checkNewsForm({ ...VALID, location: "Magdeburg" });
    if (!checked.ok) throw new Error("valid");
    expect(checkNewsForm(valuesOf(checked.value), checked.value.slug)).toEqual(checked);
  });
});

describe("slugFromTitle and splitOzgIds", () => {
  it("spell umlauts out, drop accents and punctuation, cut long titles at a word", () => {
    expect(slugFromTitle("Größe & Maß: Café-Öffnung 2023!")).toBe("groesse-mass-cafe-oeffnung-2023");
    const long = slugFromTitle("Sehr ".repeat(30) + "lang");
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^sehr(-sehr)+$/);
  });

  it("split on commas, semicolons, spaces and lines", () => {
    expect(splitOzgIds(" 10257,10035;\n19001  10364 ")).toEqual(["10257", "10035", "19001", "10364"]);
    expect(splitOzgIds("  ")).toEqual([]);
  });
});
