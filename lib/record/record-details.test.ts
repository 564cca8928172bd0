import { describe, expect, it } from "vitest";
import { RECORD_ACTIONS } from "./record";
import { RECORD_ACTION_LABELS, recordActionLabel, recordDetailLines, recordDetailText, recordTime } from "./record-details";

describe("record in German", () => {
  it("has a German label for every action", () => {
    expect(Object.keys(RECORD_ACTION_LABELS).sort()).toEqual([...RECORD_ACTIONS].sort());
    expect(recordActionLabel("anmeldung-fehlgeschlagen")).toBe("Anmeldung fehlgeschlagen");
    expect(recordActionLabel("veroeffentlichung")).toBe("Veröffentlichung");
  });

  it("shows a publication with Stand, file, SHA-256, rows and the counts of changes", () => {
    const lines = recordDetailLines({
      action: "veroeffentlichung",
      details: { stand: "2022-10-28", sha256: "ab12", rows: 1186, fileName: "uebersicht.xlsx", changes: { added: 2, removed: 0, changed: 5 } },
    });
    expect(lines).toEqual([
      { label: "Stand", value: "28.10.2022" },
      { label: "Datei", value: "uebersicht.xlsx" },
      { label: "SHA-256", value: "ab12" },
      { label: "Zeilen", value: "1.186" },
      { label: "neu", value: "2" },
      { label: "entfallen", value: "0" },
      { label: "geändert", value: "5" },
    ]);
  });

  it("leaves out a file name that is not known, and shows unknown keys as they are", () => {
    expect(recordDetailText({ action: "veroeffentlichung", details: { stand: "2022-10-28", fileName: null, rows: 3, quelle: "api" } })).toBe(
      "Stand: 28.10.2022; Zeilen: 3; quelle: api",
    );
  });

  it("names the reason of a failed sign-in", () => {
    expect(recordDetailText({ action: "anmeldung-fehlgeschlagen", details: { email: "anna@example.org", reason: "falsches-passwort" } })).toBe(
      "Konto: anna@example.org; Grund: falsches Passwort",
    );
    expect(recordDetailText({ action: "anmeldung-fehlgeschlagen", details: { reason: "unbekanntes-konto" } })).toBe("Grund: unbekannte E-Mail-Adresse");
  });

  it("says what happened to an account, a news item, a withdrawal and a declaration", () => {
    expect(recordDetailText({ action: "konto", details: { event: "rolle-geaendert", email: "b@example.org", before: "redaktion", role: "admin" } })).toBe(
      "Vorgang: Rolle geändert; Konto: b@example.org; Rolle: admin; Rolle vorher: redaktion",
    );
    expect(recordDetailText({ action: "konto", details: { event: "passwort-neu", email: "b@example.org", endedSessions: 2 } })).toBe(
      "Vorgang: Passwort neu gesetzt; Konto: b@example.org; Beendete Sitzungen: 2",
    );
    expect(recordDetailText({ action: "rueckzug", details: { stand: "2022-09-30", event: "zurueckgezogen", reason: "falsche Datei" } })).toBe(
      "Vorgang: zurückgezogen; Stand: 30.09.2022; Grund: falsche Datei",
    );
    expect(recordDetailText({ action: "nachnutzung", details: { event: "status", ozgId: "10056", von: "interesse", status: "vereinbarung", late: false } })).toBe(
      "Vorgang: Status geändert; OZG-ID: 10056; Status vorher: Interesse; Status: Vereinbarung geschlossen; Nach der Frist: nein",
    );
    expect(recordDetailText({ action: "nachnutzung", details: { event: "abfrage-angelegt", ozgIds: ["10056", "99"], frist: "2022-11-20" } })).toBe(
      "Vorgang: Abfrage angelegt; OZG-IDs: 10056, 99; Frist: 20.11.2022",
    );
  });

  it("gives the time in Europe/Berlin, summer and winter", () => {
    expect(recordTime("2026-03-02T09:00:05.000Z")).toBe("02.03.2026, 10:00:05");
    expect(recordTime("2026-07-01T22:30:00.000Z")).toBe("02.07.2026, 00:30:00");
  });
});
