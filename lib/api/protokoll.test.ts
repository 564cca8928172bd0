/**
 * GET /api/protokoll on both stores, through the handler the route calls: tokens and roles,
 * filters and their German 400s, the cross-site refusal, every JSON answer valid against the
 * OpenAPI document.
 */
import Ajv2020 from "ajv/dist/2020";
import { afterEach, beforeEach, expect, it } from "vitest";
import { addAccount } from "../auth/accounts";
import { createApiToken, revokeApiToken } from "../auth/api-tokens";
import { signIn } from "../auth/sign-in";
import { closeDatabase } from "../db/database";
import { describeStores } from "../db/test-stores";
import { appendRecord } from "../record/record";
import { openApiDocument } from "./openapi-document";
import { getProtokollResponse } from "./protokoll";

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
const doc = openApiDocument("http://127.0.0.1:3500") as unknown as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ ...(doc as object), $id: "openapi.json" });

function schemaErrors(status: number, body: unknown): string[] {
  const content = doc.paths["/api/protokoll"].get.responses[String(status)]?.content;
  expect(content, `GET /api/protokoll ${status} is documented`).toBeDefined();
  const pointer = ["paths", "/api/protokoll", "get", "responses", String(status), "content", "application/json", "schema"].map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
  const validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const BASE = "http://127.0.0.1:3500";
const SECRET = "ein-sitzungsschluessel-fuer-die-tests-0123456789";

const get = (search: string, headers: Record<string, string> = {}) => getProtokollResponse(new Request(`${BASE}/api/protokoll?${search}`, { headers }));

describeStores("GET /api/protokoll", (ctx) => {
  const saved: Record<string, string | undefined> = {};
  let token = "";
  beforeEach(async () => {
    for (const key of ["DATA_DIR", "DATABASE_URL"]) saved[key] = process.env[key];
    process.env.DATA_DIR = ctx.dataDir;
    if (ctx.env.DATABASE_URL) process.env.DATABASE_URL = ctx.env.DATABASE_URL;
    else delete process.env.DATABASE_URL;
    await addAccount(ctx.db, { email: "admin@example.org", role: "admin", password: "ein-langes-passwort", actor: "Kommandozeile" });
    token = (await createApiToken(ctx.db, { email: "admin@example.org", actor: "Kommandozeile" })).token;
  });
  afterEach(async () => {
    await closeDatabase();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("gives the record newest first, with at, actor, action and details", async () => {
    await signIn(ctx.db, { email: "admin@example.org", password: "falsch-falsch-falsch", secret: SECRET, address: "192.0.2.1" });
    await appendRecord(ctx.db, { actor: "admin@example.org", action: "veroeffentlichung", details: { stand: "2022-10-28", sha256: "ab", rows: 3 } });
    const response = await get("", { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { entries: { at: string; actor: string; action: string; details: Record<string, unknown> }[] };
    expect(schemaErrors(200, body)).toEqual([]);
    expect(body.entries.map((e) => e.action)).toEqual(["veroeffentlichung", "anmeldung-fehlgeschlagen", "konto", "konto"]);
    expect(body.entries[0]).toEqual({ at: expect.any(String), actor: "admin@example.org", action: "veroeffentlichung", details: { stand: "2022-10-28", sha256: "ab", rows: 3 } });
    expect(body.entries[1].details).toEqual({ email: "admin@example.org", reason: "falsches-passwort" });
  });

  it("filters by action and actor, and pages with limit and offset", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const only = (await (await get("action=konto&limit=1&offset=1", auth)).json()) as { entries: { details: { event: string } }[] };
    expect(only.entries.map((e) => e.details.event)).toEqual(["angelegt"]);
    const none = (await (await get("actor=niemand%40example.org", auth)).json()) as { entries: unknown[] };
    expect(none.entries).toEqual([]);
    const future = (await (await get("von=2999-01-01", auth)).json()) as { entries: unknown[] };
    expect(future.entries).toEqual([]);
    const span = (await (await get("von=2000-01-01&bis=2999-12-31", auth)).json()) as { entries: unknown[] };
    expect(span.entries).toHaveLength(2);
  });

  it.each([
    ["limit=1001", "„limit“ muss eine ganze Zahl von 1 bis 1000 sein"],
    ["action=loeschen", "„loeschen“ ist keine Aktion des Protokolls."],
    ["von=morgen", "„von“ muss ein Datum"],
  ])("answers %s with a German 400", async (search, message) => {
    const response = await get(search, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain(message);
    expect(schemaErrors(400, body)).toEqual([]);
  });

  it("answers 401 with WWW-Authenticate without a token, with a wrong and with a revoked one", async () => {
    const tokens = await (await import("../auth/api-tokens")).listApiTokens(ctx.db);
    for (const headers of <Record<string, string>[]>[{}, { authorization: "Bearer falsch" }, { authorization: `Bearer ${"x".repeat(43)}` }]) {
      const response = await get("", headers);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(schemaErrors(401, await response.json())).toEqual([]);
    }
    await revokeApiToken(ctx.db, { tokenId: tokens[0].id, actor: "Kommandozeile" });
    expect((await get("", { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("refuses a read another site made a browser send (403)", async () => {
    const response = await get("", { authorization: `Bearer ${token}`, host: "127.0.0.1:3500", origin: "https://boese.example", "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(403);
    expect(schemaErrors(403, await response.json())).toEqual([]);
  });
});
