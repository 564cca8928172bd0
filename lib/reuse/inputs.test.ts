import { describe, expect, it } from "vitest";
import { checkCall } from "./call-input";
import { changeInput, declarationInput, formErrors } from "./form";
import { checkDeclaration } from "./declaration-input";
import { checkStatusInput } from "./status-input";

describe("the declaration form in the shape of the API", () => {
  it("maps fields both ways: a Gemeinde, the consent box, empty optional fields as null", () => {
    const input = declarationInput("10257", { kreis: "15085", gemeinde: "Wernigerode", ags: "", name: "Erika", email: "e@x.example", telefon: " ", start: "2026-09", kommentar: "", einwilligung: "ja" });
    expect(input).toEqual({
      ozgId: "10257",
      kommune: { kreis: "15085", name: "Wernigerode", ags: null },
      kontakt: { name: "Erika", email: "e@x.example", telefon: null },
      start: "2026-09",
      kommentar: null,
      einwilligung: true,
    });
    const checked = checkDeclaration(declarationInput("10257", { kreis: "", name: "", email: "", start: "" }));
    expect(checked.ok ? {} : formErrors(checked.fields)).toEqual({
      kreis: "Bitte den Landkreis oder die kreisfreie Stadt wählen.",
      name: "Bitte den Namen der Ansprechperson angeben.",
      email: "Bitte eine E-Mail-Adresse angeben.",
      start: "Bitte den geplanten Start angeben (Monat und Jahr).",
      einwilligung: "Bitte stimmen Sie der Speicherung Ihrer Kontaktdaten zu (siehe Datenschutz).",
    });
    expect(changeInput({ name: "Max", email: "m@x.example", start: "2027-01" })).toEqual({ kontakt: { name: "Max", email: "m@x.example", telefon: null }, start: "2027-01", kommentar: null });
  });
});

describe("checkStatusInput", () => {
  it("takes a status, a note and the date it happened, not in the future", () => {
    expect(checkStatusInput({ status: "vereinbarung", notiz: " unterzeichnet ", datum: "2022-11-20" }, "2022-11-21")).toEqual({
      ok: true,
      value: { status: "vereinbarung", notiz: "unterzeichnet", datum: "2022-11-20" },
    });
    expect(checkStatusInput({ status: "vereinbarung" }, "2022-11-21")).toEqual({ ok: true, value: { status: "vereinbarung", notiz: null, datum: undefined } });
    expect(checkStatusInput({ status: "vereinbarung", datum: "2022-11-22" }, "2022-11-21")).toMatchObject({ ok: false, fields: { datum: expect.stringContaining("Zukunft") } });
    expect(checkStatusInput({ status: "fertig", datum: "2022-02-30", notiz: "x".repeat(1001) }, "2022-11-21")).toEqual({
      ok: false,
      fields: {
        status: "Bitte einen Status angeben: unbestaetigt, interesse, in-abstimmung, vereinbarung, angebunden, in-betrieb, zurueckgezogen.",
        notiz: "Die Notiz hat höchstens 1000 Zeichen.",
        datum: "Das Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-02.",
      },
    });
    expect(checkStatusInput("vereinbarung", "2022-11-21").ok).toBe(false);
  });
});

describe("checkCall", () => {
  it("reads OZG-IDs separated by commas, spaces or lines, once each", () => {
    expect(checkCall({ ozgIds: "10257, 10035\n10257;10000", frist: "2022-11-21", text: " Bitte melden ", newsSlug: "" }, "2022-11-16")).toEqual({
      ok: true,
      value: { ozgIds: ["10257", "10035", "10000"], frist: "2022-11-21", text: "Bitte melden", newsSlug: null },
    });
  });

  it("names every problem: no service, a bad ID, a past deadline, no text, a bad news address", () => {
    expect(checkCall({ ozgIds: "", frist: "2022-11-15", text: "", newsSlug: "Kein Slug" }, "2022-11-16")).toEqual({
      ok: false,
      errors: {
        ozgIds: "Bitte mindestens eine OZG-ID angeben.",
        frist: "Die Frist liegt in der Vergangenheit.",
        text: "Bitte einen kurzen Text angeben: worum es geht und wer angesprochen ist.",
        newsSlug: "Das ist keine Adresse eines Beitrags.",
      },
    });
    expect(checkCall({ ozgIds: "10257 abc", frist: "21.11.2022", text: "x" }, "2022-11-16")).toMatchObject({ ok: false, errors: { ozgIds: expect.stringContaining("„abc“"), frist: expect.any(String) } });
  });

  it("keeps a past deadline when a call that has ended is edited without changing it", () => {
    expect(checkCall({ ozgIds: "10257", frist: "2022-11-21", text: "Text geändert" }, "2022-11-25", "2022-11-21").ok).toBe(true);
  });
});
