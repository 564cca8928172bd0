/**
 * The reuse API end to end on both stores, through the handlers the routes call: status codes,
 * German messages, Bearer tokens, the status rules, the exports, the public statistics and
 * /api/leistungen's counts and facet; every JSON answer valid against the OpenAPI document, and
 * no contact data in any public answer.
 */
import { cpSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { afterEach, beforeEach, expect, it } from "vitest";
import { addAccount } from "../auth/accounts";
import { createApiToken } from "../auth/api-tokens";
import { closeDatabase } from "../db/database";
import { describeStores } from "../db/test-stores";
import { invalidateReusePublic } from "../reuse/public";
import { confirmDeclaration } from "../reuse/declarations";
import { readWorkbookRecords } from "../xlsx/read-workbook";
import { leistungenResponse } from "./leistungen";
import { getNachnutzungResponse, patchNachnutzungResponse, postNachnutzungResponse, statistikResponse } from "./nachnutzung";
import { openApiDocument } from "./openapi-document";

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
const doc = openApiDocument("http://127.0.0.1:3500") as unknown as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ ...(doc as object), $id: "openapi.json" });

/** Errors of a JSON body against the documented schema of route, method and status. */
function schemaErrors(route: string, method: string, status: number, body: unknown): string[] {
  const content = doc.paths[route][method].responses[String(status)]?.content;
  expect(content, `${method} ${route} ${status} is documented`).toBeDefined();
  const pointer = ["paths", route, method, "responses", String(status), "content", "application/json", "schema"].map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
  const validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const BASE = "http://127.0.0.1:3500";
const EMAIL = "erika.musterfrau@kreis-hz.example";
const NAME = "Erika Musterfrau";

const declaration = (overrides: Record<string, unknown> = {}) => ({
  ozgId: "10257",
  kommune: { name: "Harz", kreis: "Harz" },
  kontakt: { name: NAME, email: EMAIL, telefon: "03941 5970" },
  start: "2026-09",
  kommentar: "Bitte rufen Sie an.",
  einwilligung: true,
  ...overrides,
});

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return postNachnutzungResponse(
    new Request(`${BASE}/api/nachnutzung`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.1", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }),
  );
}

const get = (search: string, token?: string) => getNachnutzungResponse(new Request(`${BASE}/api/nachnutzung?${search}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

const patch = (id: string, body: unknown, token: string) =>
  patchNachnutzungResponse(new Request(`${BASE}/api/nachnutzung/${id}`, { method: "PATCH", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) }), id);

const statistik = (search: string) => statistikResponse(new Request(`${BASE}/api/nachnutzung/statistik?${search}`));

describeStores("reuse API", (ctx) => {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    // The handlers use the configured store: point DATA_DIR (with the sample's Stände) and DATABASE_URL at this test's.
    cpSync(path.resolve("data/uebersicht"), path.join(ctx.dataDir, "uebersicht"), { recursive: true });
    cpSync(path.resolve("data/metadata.json"), path.join(ctx.dataDir, "metadata.json"));
    for (const key of ["DATA_DIR", "DATABASE_URL", "SMTP_URL", "PUBLIC_BASE_URL"]) saved[key] = process.env[key];
    process.env.DATA_DIR = ctx.dataDir;
    if (ctx.env.DATABASE_URL) process.env.DATABASE_URL = ctx.env.DATABASE_URL;
    else delete process.env.DATABASE_URL;
    delete process.env.SMTP_URL;
    delete process.env.PUBLIC_BASE_URL;
    invalidateReusePublic();
  });
  afterEach(async () => {
    await closeDatabase();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    invalidateReusePublic();
  });

  async function staffToken(role: "redaktion" | "admin" = "redaktion"): Promise<string> {
    await addAccount(ctx.db, { email: `${role}@example.org`, role, password: "Sachsen-Anhalt 2026", actor: "test" });
    return (await createApiToken(ctx.db, { email: `${role}@example.org`, actor: "test" })).token;
  }

  it("POST: 201 with the private link (no SMTP), 422 per field, 415, 400, 403 cross-site", async () => {
    const created = await post(declaration());
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toEqual({ id: expect.any(String), status: "unbestaetigt", link: expect.stringMatching(/^http:\/\/127\.0\.0\.1:3500\/nachnutzung\/[A-Za-z0-9_-]{43}$/) });
    expect(schemaErrors("/api/nachnutzung", "post", 201, body)).toEqual([]);

    const bad = await post(declaration({ kontakt: { name: NAME, email: "erika@" }, start: "2026-9" }));
    expect(bad.status).toBe(422);
    const errors = await bad.json();
    expect(Object.keys(errors.fields).sort()).toEqual(["kontakt.email", "start"]);
    expect(errors.error).toBe("2 Angaben sind ungültig; siehe „fields“.");
    expect(schemaErrors("/api/nachnutzung", "post", 422, errors)).toEqual([]);

    expect((await post(declaration(), { "content-type": "text/plain" })).status).toBe(415);
    const notJson = await post("{kein json");
    expect([notJson.status, (await notJson.json()).error]).toEqual([400, "Der Inhalt ist kein gültiges JSON."]);
    expect((await post(declaration(), { origin: "https://boese.example", "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it("GET (Bearer): 401 without token, the declarations with contact data, CSV and xlsx, 400 for a bad filter", async () => {
    await post(declaration());
    await post(declaration({ ozgId: "10035", kommune: { kreis: "Magdeburg" } }));
    expect((await get("")).status).toBe(401);
    expect((await get("", "x".repeat(43))).status).toBe(401);
    const token = await staffToken();
    const answer = await get("kreis=Landkreis%20Harz", token);
    expect(answer.status).toBe(200);
    const body = await answer.json();
    expect(schemaErrors("/api/nachnutzung", "get", 200, body)).toEqual([]);
    expect(body.declarations).toHaveLength(1);
    expect(body.declarations[0]).toMatchObject({
      ozgId: "10257",
      kommune: { name: "Harz", kreis: "Harz", ags: null, kreisschluessel: "15085", bezeichnung: "Landkreis Harz" },
      kontakt: { name: NAME, email: EMAIL, telefon: "03941 5970" },
      start: "2026-09",
      status: "unbestaetigt",
      late: false,
      history: [{ status: "unbestaetigt", von: null }],
    });
    expect((await (await get("status=unbestaetigt&ozgId=10035", token)).json()).declarations.map((d: { ozgId: string }) => d.ozgId)).toEqual(["10035"]);

    const csv = await get("format=csv", token);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="nachnutzung_\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = Buffer.from(await csv.arrayBuffer()).toString("utf8"); // text() would drop the BOM
    expect(text.startsWith("\uFEFFOZG-ID;Leistung;Kommune;")).toBe(true);
    expect(text).toContain(`10257;Einbürgerung;Landkreis Harz;Landkreis Harz;15085;;${NAME};${EMAIL};03941 5970;09.2026;Bitte rufen Sie an.;unbestätigt;`);

    const xlsx = await get("format=xlsx&ozgId=10035", token);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheet = await readWorkbookRecords(new Uint8Array(await xlsx.arrayBuffer()));
    expect(sheet.ok && sheet.sheet).toBe("Nachnutzung");
    const records = sheet.ok ? [...sheet.records].map((r) => r.cells) : [];
    expect(records[0].slice(0, 3)).toEqual(["OZG-ID", "Leistung", "Kommune"]);
    expect(records[1].slice(0, 3)).toEqual(["10035", "Unterhaltsvorschuss", "Landeshauptstadt Magdeburg"]);

    const wrong = await get("status=fertig&kreis=Leipzig", token);
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).problems.map((p: { param: string }) => p.param)).toEqual(["kreis", "status"]);
  });

  it("PATCH (Bearer): 409 before confirmation and for a step back without note, 422 for a bad body, 404, 200 through every status", async () => {
    const created = await (await post(declaration())).json();
    const token = await staffToken("admin");
    const early = await patch(created.id, { status: "in-abstimmung" }, token);
    expect(early.status).toBe(409);
    expect((await early.json()).error).toContain("noch nicht bestätigt");
    await confirmDeclaration(ctx.db, created.link.split("/").pop());

    for (const status of ["in-abstimmung", "vereinbarung", "angebunden", "in-betrieb"]) {
      const step = await patch(created.id, { status, notiz: `nach Gespräch: ${status}`, datum: "2022-11-20" }, token);
      expect(step.status, status).toBe(200);
      const body = await step.json();
      expect(schemaErrors("/api/nachnutzung/{id}", "patch", 200, body)).toEqual([]);
      expect(body.declaration.history.at(-1)).toMatchObject({ status, datum: "2022-11-20", notiz: `nach Gespräch: ${status}`, actor: "admin@example.org" });
    }
    const back = await patch(created.id, { status: "angebunden" }, token);
    expect([back.status, (await back.json()).error]).toEqual([409, "Ein Schritt zurück (von „in Betrieb“ auf „angebunden“) braucht eine Notiz, warum."]);
    const unknown = await patch(created.id, { status: "fertig" }, token);
    expect(unknown.status).toBe(422);
    expect(Object.keys((await unknown.json()).fields)).toEqual(["status"]);
    expect((await patch(created.id, { status: "angebunden", notiz: "x", datum: "2999-01-01" }, token)).status).toBe(422);
    expect((await patch("gibt-es-nicht", { status: "angebunden" }, token)).status).toBe(404);
  });

  it("statistik and /api/leistungen: counts per status, the Kommunen named from Vereinbarung on, the facet; never contact data", async () => {
    const token = await staffToken();
    const harz = await (await post(declaration())).json();
    const magdeburg = await (await post(declaration({ kommune: { kreis: "Magdeburg" }, kontakt: { name: "Max Muster", email: "max@magdeburg.example" } }))).json();
    await confirmDeclaration(ctx.db, harz.link.split("/").pop());
    await confirmDeclaration(ctx.db, magdeburg.link.split("/").pop());
    await patch(harz.id, { status: "vereinbarung" }, token);

    const stats = await statistik("ozgId=10257");
    const body = await stats.json();
    expect(schemaErrors("/api/nachnutzung/statistik", "get", 200, body)).toEqual([]);
    expect(body).toEqual({
      ozgId: "10257",
      counts: { unbestaetigt: 0, interesse: 1, "in-abstimmung": 0, vereinbarung: 1, angebunden: 0, "in-betrieb": 0, zurueckgezogen: 0 },
      kommunen: ["Landkreis Harz"],
    });
    expect((await statistik("")).status).toBe(400);
    expect((await statistik("ozgId=abc")).status).toBe(400);
    expect((await statistik("ozgId=99999")).status).toBe(404);

    const leistungen = await leistungenResponse(new URLSearchParams("ozgId=10257&ozgId=10035"));
    const list = await leistungen.json();
    expect(schemaErrors("/api/leistungen", "get", 200, list)).toEqual([]);
    expect(list.rows.find((r: { ozgId: string }) => r.ozgId === "10257").nachnutzung).toEqual({ counts: body.counts, kommunen: ["Landkreis Harz"] });
    expect(list.facets.nachnutzung).toEqual([
      { value: "nachgenutzt", count: 1 },
      { value: "interesse", count: 0 },
      { value: "keine", count: 1 },
    ]);
    const reused = await (await leistungenResponse(new URLSearchParams("nachnutzung=nachgenutzt"))).json();
    expect(reused.rows.map((r: { ozgId: string }) => r.ozgId)).toEqual(["10257"]);

    const everything = JSON.stringify([body, list, reused]);
    for (const secret of [EMAIL, NAME, "max@magdeburg.example", "Max Muster", "Bitte rufen Sie an.", "03941"]) expect(everything).not.toContain(secret);
  });
});

it("the CSV export quotes and escapes like the overview's (formula triggers, separators)", async () => {
  const { declarationsCsv } = await import("../reuse/export");
  const { kreisByKey } = await import("../reuse-vocabulary/kommunen");
  const csv = declarationsCsv(
    [
      {
        id: "d1",
        ozgId: "10257",
        kommune: { kreis: kreisByKey("15085")!, gemeinde: null, ags: null },
        kommuneKey: "15085",
        kontakt: { name: "=HYPERLINK(\"x\")", email: "a@b.example", telefon: null },
        start: "2026-09",
        kommentar: "Zeile 1; mit Semikolon\n+Zeile 2",
        status: "interesse",
        statusAt: "2026-03-02T09:00:00.000Z",
        late: true,
        callId: null,
        replacedBy: null,
        createdAt: "2026-03-02T09:00:00.000Z",
        updatedAt: "2026-03-02T09:00:00.000Z",
        confirmedAt: "2026-03-02T10:00:00.000Z",
        contactDeletedAt: null,
        history: [{ at: "2026-03-02T10:00:00.000Z", actor: "Kommune (privater Link)", status: "interesse", previousStatus: "unbestaetigt", date: "2026-03-02", note: null }],
      },
    ],
    { leistungen: new Map([["10257", "Einbürgerung"]]), calls: [] },
  );
  const line = csv.split("\r\n")[1];
  expect(line).toContain(`;"'=HYPERLINK(""x"")";`);
  expect(line).toContain(`;"Zeile 1; mit Semikolon\n'+Zeile 2";`);
  expect(line).toContain(";interesse;".replace("interesse", "Interesse"));
  expect(line).toContain(";ja;");
});
