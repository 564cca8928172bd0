import { describe, expect, it } from "vitest";
import { checkChange, checkDeclaration, checkKommune } from "./declaration-input";

const valid = {
  ozgId: "10257",
  kommune: { name: "Harz", kreis: "Harz" },
  kontakt: { name: "Erika Musterfrau", email: "erika.musterfrau@kreis-hz.de", telefon: "03941 5970-0" },
  start: "2026-09",
  kommentar: "Wir wollen im Herbst starten.",
  einwilligung: true,
};

function fields(input: unknown) {
  const checked = checkDeclaration(input);
  return checked.ok ? {} : checked.fields;
}

describe("checkDeclaration", () => {
  it("accepts a Landkreis itself, with contact data, start and comment", () => {
    const checked = checkDeclaration(valid);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.kommune).toMatchObject({ kreis: { key: "15085" }, gemeinde: null, ags: null });
    expect(checked.value.kontakt).toEqual({ name: "Erika Musterfrau", email: "erika.musterfrau@kreis-hz.de", telefon: "03941 5970-0" });
  });

  it("accepts a Gemeinde with its Landkreis and Gemeindeschlüssel", () => {
    const checked = checkDeclaration({ ...valid, kommune: { name: "Wernigerode", kreis: "Landkreis Harz", ags: "15085370" } });
    expect(checked.ok && checked.value.kommune).toMatchObject({ kreis: { key: "15085" }, gemeinde: "Wernigerode", ags: "15085370" });
  });

  it("names every bad field at once, by its path, in German", () => {
    const result = fields({
      ozgId: "10257",
      kommune: { name: "Wernigerode", kreis: "Harz", ags: "16085370" },
      kontakt: { name: "E", email: "erika@", telefon: "bitte anrufen" },
      start: "2026-13",
      kommentar: "x".repeat(2001),
      einwilligung: false,
    });
    expect(result).toEqual({
      "kommune.ags": "Der Gemeindeschlüssel hat 8 Ziffern und beginnt mit 15 (Sachsen-Anhalt), z. B. 15085370.",
      "kontakt.name": "Bitte den Namen der Ansprechperson angeben.",
      "kontakt.email": "Das ist keine gültige E-Mail-Adresse (z. B. name@landkreis-harz.de).",
      "kontakt.telefon": "Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden (5 bis 30 Zeichen).",
      start: "Bitte einen Monat im Format JJJJ-MM angeben, z. B. 2026-09 (Jahre 2020 bis 2099).",
      kommentar: "Höchstens 2000 Zeichen (jetzt 2001).",
      einwilligung: "Bitte stimmen Sie der Speicherung Ihrer Kontaktdaten zu (siehe Datenschutz).",
    });
  });

  it("counts the comment in characters, not bytes: 2,000 umlauts pass", () => {
    expect(fields({ ...valid, kommentar: "ä".repeat(2000) })).toEqual({});
  });

  it("requires the Landkreis and refuses places outside Sachsen-Anhalt", () => {
    expect(fields({ ...valid, kommune: { name: "", kreis: "" } })).toEqual({ "kommune.kreis": "Bitte den Landkreis oder die kreisfreie Stadt wählen." });
    expect(fields({ ...valid, kommune: { name: "Leipzig", kreis: "Leipzig" } })).toEqual({ "kommune.kreis": "„Leipzig“ ist kein Landkreis und keine kreisfreie Stadt Sachsen-Anhalts." });
  });

  it("refuses a Gemeinde in a kreisfreie Stadt and a key of another Kreis", () => {
    expect(fields({ ...valid, kommune: { name: "Buckau", kreis: "Magdeburg" } })["kommune.name"]).toBe("Magdeburg ist eine kreisfreie Stadt ohne Gemeinden: Feld „Gemeinde“ bitte leer lassen.");
    expect(fields({ ...valid, kommune: { name: "Wernigerode", kreis: "Harz", ags: "15003000" } })["kommune.ags"]).toBe(
      "Der Gemeindeschlüssel 15003000 gehört nicht zu Landkreis Harz (Kreisschlüssel 15085).",
    );
    // The kreisfreie Stadt's own key is fine.
    expect(fields({ ...valid, kommune: { name: "Magdeburg", kreis: "Magdeburg", ags: "15003000" } })).toEqual({});
  });

  it("refuses control characters and a missing object with a message, never a crash", () => {
    expect(fields({ ...valid, kontakt: { ...valid.kontakt, name: "Erika\u0000" } })["kontakt.name"]).toBe("Enthält Steuerzeichen; bitte neu eingeben.");
    expect(fields({ ...valid, kontakt: undefined })["kontakt"]).toBe("Bitte die Kontaktdaten angeben (Name und E-Mail-Adresse).");
    expect(Object.keys(fields(null)).length).toBeGreaterThan(0);
    expect(fields("Hallo")).not.toEqual({});
  });
});

describe("checkKommune", () => {
  it("takes the Kreis's own name as the Kreis itself, any other name as a Gemeinde", () => {
    expect(checkKommune({ kreis: "15090", name: "Landkreis Stendal" })).toMatchObject({ ok: true, value: { gemeinde: null } });
    expect(checkKommune({ kreis: "15090", name: "Hansestadt Stendal" })).toMatchObject({ ok: true, value: { gemeinde: "Hansestadt Stendal" } });
  });
});

describe("checkChange", () => {
  it("checks contact data, start and comment like a declaration", () => {
    expect(checkChange({ kontakt: { name: "Max Muster", email: "max@example.org" }, start: "2027-01" })).toMatchObject({ ok: true, value: { kommentar: null } });
    expect(checkChange({ kontakt: { name: "Max Muster", email: "max" }, start: "" })).toEqual({
      ok: false,
      fields: { "kontakt.email": "Das ist keine gültige E-Mail-Adresse (z. B. name@landkreis-harz.de).", start: "Bitte den geplanten Start angeben (Monat und Jahr)." },
    });
  });
});
