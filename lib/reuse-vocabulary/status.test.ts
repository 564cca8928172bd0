import { describe, expect, it } from "vitest";
import { REUSE_STATUSES, type ReuseStatus, checkStaffTransition, nextStatuses } from "./status";

const allowed = (from: ReuseStatus, to: ReuseStatus, note: string | null = null) => checkStaffTransition(from, to, note).ok;

describe("staff status changes", () => {
  it("go forward along the way to go-live, also past steps", () => {
    expect(allowed("interesse", "in-abstimmung")).toBe(true);
    expect(allowed("in-abstimmung", "vereinbarung")).toBe(true);
    expect(allowed("vereinbarung", "angebunden")).toBe(true);
    expect(allowed("angebunden", "in-betrieb")).toBe(true);
    expect(allowed("interesse", "vereinbarung")).toBe(true);
  });

  it("go back only with a note saying why", () => {
    expect(checkStaffTransition("vereinbarung", "in-abstimmung", null)).toEqual({
      ok: false,
      message: "Ein Schritt zurück (von „Vereinbarung geschlossen“ auf „in Abstimmung“) braucht eine Notiz, warum.",
    });
    expect(allowed("vereinbarung", "in-abstimmung", "  ")).toBe(false);
    expect(allowed("vereinbarung", "in-abstimmung", "versehentlich gesetzt")).toBe(true);
    expect(allowed("in-betrieb", "angebunden", "Dienst abgeschaltet")).toBe(true);
  });

  it("may withdraw from every status but a withdrawn one", () => {
    for (const from of REUSE_STATUSES.filter((s) => s !== "zurueckgezogen")) expect(allowed(from, "zurueckgezogen"), from).toBe(true);
    expect(allowed("zurueckgezogen", "zurueckgezogen")).toBe(false);
  });

  it("never confirm for the Kommune, never reset to unbestätigt, never revive a withdrawal", () => {
    expect(checkStaffTransition("unbestaetigt", "interesse", "per Telefon")).toMatchObject({ ok: false, message: expect.stringContaining("noch nicht bestätigt") });
    expect(allowed("unbestaetigt", "in-betrieb")).toBe(false);
    for (const from of REUSE_STATUSES) expect(allowed(from, "unbestaetigt", "Notiz"), from).toBe(false);
    for (const to of REUSE_STATUSES) expect(allowed("zurueckgezogen", to, "Notiz"), to).toBe(false);
  });

  it("refuse the status a declaration already has", () => {
    expect(checkStaffTransition("angebunden", "angebunden", null)).toEqual({ ok: false, message: "Die Bekundung steht schon auf „angebunden“." });
  });

  it("offer in the form exactly what they allow", () => {
    expect(nextStatuses("unbestaetigt")).toEqual(["zurueckgezogen"]);
    expect(nextStatuses("in-abstimmung")).toEqual(["interesse", "vereinbarung", "angebunden", "in-betrieb", "zurueckgezogen"]);
    expect(nextStatuses("zurueckgezogen")).toEqual([]);
  });
});
