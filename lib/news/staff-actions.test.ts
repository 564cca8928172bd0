import { describe, expect, it, vi } from "vitest";
import { CROSS_SITE_MESSAGE } from "../staff/origin";

// The session check must not even be reached for a request another site made the browser send.
const staffAccessFor = vi.fn();
vi.mock("../staff/session", () => ({ staffAccessFor: (...args: unknown[]) => staffAccessFor(...args) }));

const { intentOf, newsFromForm, publishFromForm, SIGNED_OUT_MESSAGE } = await import("./staff-actions");

const form = (entries: Record<string, string>) => new Map(Object.entries(entries));
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("the news forms' actions", () => {
  it("refuse a cross-site request before looking at the session, and keep the fields", async () => {
    const values = { title: "Titel", body: "Text", category: "Meldung", date: "2022-11-01" };
    const state = await newsFromForm(form(values), headers({ host: "ozg.example", origin: "https://evil.example" }), null);
    expect(state).toEqual({ values, errors: { form: CROSS_SITE_MESSAGE } });
    expect(await publishFromForm(form({ slug: "a" }), headers({ host: "ozg.example", "sec-fetch-site": "cross-site" }), false)).toEqual({ ok: false, message: CROSS_SITE_MESSAGE });
    expect(staffAccessFor).not.toHaveBeenCalled();
  });

  it("ask a signed-out sender to sign in again (redaktion and admin may write)", async () => {
    staffAccessFor.mockResolvedValue({ ok: false, kind: "signed-out" });
    const state = await newsFromForm(form({ title: "Titel" }), headers({ host: "ozg.example", origin: "http://ozg.example" }), null);
    expect(state.errors).toEqual({ form: SIGNED_OUT_MESSAGE });
    expect(staffAccessFor).toHaveBeenCalledWith(["redaktion", "admin"]);
  });

  it("read the button pressed; anything unknown only saves", () => {
    expect(intentOf(form({ intent: "vorschau" }))).toBe("vorschau");
    expect(intentOf(form({ intent: "veroeffentlichen" }))).toBe("veroeffentlichen");
    expect(intentOf(form({ intent: "loeschen" }))).toBe("speichern");
    expect(intentOf(form({}))).toBe("speichern");
  });
});
