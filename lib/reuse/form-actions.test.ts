import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declareFromForm } from "./form-actions";

/** A form as the browser sends it. */
const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });
const headers = (values: Record<string, string>) => new Headers(values);

describe("the declaration form's server action", () => {
  let dir: string;
  let previous: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "ozg-form-"));
    previous = process.env.DATA_DIR;
    process.env.DATA_DIR = dir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers a filled hidden field like a success and stores nothing (not even a database)", async () => {
    const state = await declareFromForm(
      form({ ozgId: "10257", kreis: "15085", name: "Bot", email: "bot@example.org", start: "2026-09", einwilligung: "ja", webseite: "http://spam.example" }),
      headers({ host: "127.0.0.1:3000" }),
    );
    expect(state).toEqual({ values: {}, errors: {}, done: { mailed: true, link: null, mailFailed: false, late: false } });
    expect(existsSync(path.join(dir, "app.db"))).toBe(false);
  });

  it("refuses a form another site made the browser send, keeping the values", async () => {
    const state = await declareFromForm(form({ ozgId: "10257", name: "Erika" }), headers({ host: "127.0.0.1:3000", origin: "https://boese.example" }));
    expect(state.values).toEqual({ name: "Erika" });
    expect(state.errors.form).toMatch(/^Abgelehnt: Die Anfrage kam nicht von dieser Website/);
  });

  it("gives each bad field its message and keeps everything typed, before any database is opened", async () => {
    const typed = { ozgId: "10257", kreis: "15085", gemeinde: "Wernigerode", name: "Erika Musterfrau", email: "erika@", start: "2026-09", kommentar: "Hallo" };
    const state = await declareFromForm(form(typed), headers({ host: "127.0.0.1:3000" }));
    expect(state.errors).toEqual({
      email: "Das ist keine gültige E-Mail-Adresse (z. B. name@landkreis-harz.de).",
      einwilligung: "Bitte stimmen Sie der Speicherung Ihrer Kontaktdaten zu (siehe Datenschutz).",
    });
    const { ozgId: _, ...values } = typed;
    expect(state.values).toEqual(values);
    expect(existsSync(path.join(dir, "app.db"))).toBe(false);
  });
});
