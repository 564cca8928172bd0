/**
 * The OpenAPI document: valid OpenAPI 3.1 (checked by @seriousme/openapi-schema-validator), one
 * path per /api/ route of the app, and the real answers of the handlers on the sample valid
 * against its response schemas (ajv, JSON Schema 2020-12).
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { useDataDir } from "../test/data-dir";
import { aenderungenResponse } from "./aenderungen";
import { exportResponse } from "./export";
import { leistungenResponse } from "./leistungen";
import { openApiResponse } from "./openapi";
import { openApiDocument } from "./openapi-document";

useDataDir("data");

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
const doc = openApiDocument("http://127.0.0.1:3500") as unknown as Doc;

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ ...(doc as object), $id: "openapi.json" });

/** Validates a body against the schema the document gives for this route, status and media type. */
function check(route: string, status: number, mediaType: string, body: unknown): string[] {
  const content = doc.paths[route].get.responses[String(status)]?.content;
  expect(content, `${route} ${status} is documented`).toBeDefined();
  expect(Object.keys(content!), `${route} ${status} documents ${mediaType}`).toContain(mediaType);
  const pointer = ["paths", route, "get", "responses", String(status), "content", mediaType, "schema"]
    .map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("/");
  const validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const call = (handler: (p: URLSearchParams) => Promise<Response>, search: string) =>
  handler(new URL(`http://127.0.0.1:3500/api/x?${search}`).searchParams);

const mediaType = (r: Response) => r.headers.get("content-type")!.split(";")[0].trim();

describe("OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every /api/ route of the app, and no other", () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        // A folder [stand] is the path template {stand}.
        else if (name === "route.ts") routes.push(`/${path.relative("app", dir).split(path.sep).join("/").replace(/\[(\w+)\]/g, "{$1}")}`);
      }
    };
    walk("app/api");
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
  });

  it.each([
    ["", 200],
    ["themenfeld=Bildung&phase=Betrieb&phase=Rollout&sort=-leistung&size=10&page=2", 200],
    ["ressort=nicht festgelegt&q=antrag&stand=2022-09-30", 200],
    ["lebenslage=Geburt&cols=ozgId,leistung", 200],
    ["size=abc&sort=unbekannt", 400],
    ["stand=1999-01-01", 400],
  ])("/api/leistungen?%s answers as documented (%i)", async (search, status) => {
    const response = await call(leistungenResponse, search);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(check("/api/leistungen", status, mediaType(response), body)).toEqual([]);
  });

  it.each([
    ["", 200],
    ["von=2022-09-30&bis=2022-10-28", 200],
    ["von=1999-01-01", 400],
    ["von=2022-10-28&bis=2022-09-30", 400],
  ])("/api/aenderungen?%s answers as documented (%i)", async (search, status) => {
    const response = await call(aenderungenResponse, search);
    expect(response.status).toBe(status);
    expect(check("/api/aenderungen", status, mediaType(response), await response.json())).toEqual([]);
  });

  it.each([
    ["", 200],
    ["themenfeld=Bildung&cols=ozgId,leistung", 200],
    ["format=xlsx", 200],
    ["sort=unbekannt", 400],
    ["phase=Umsetzen", 400],
  ])("/api/export?%s answers as documented (%i)", async (search, status) => {
    const response = await call(exportResponse, search);
    expect(response.status).toBe(status);
    const type = mediaType(response);
    const body = type === "application/json" ? await response.json() : await response.text();
    expect(check("/api/export", status, type, body)).toEqual([]);
  });

  it("rejects answers that break the schema (the check is not vacuous)", async () => {
    const body = await (await call(leistungenResponse, "size=1")).json();
    expect(check("/api/leistungen", 200, "application/json", { ...body, rows: [{ ...body.rows[0], phase: "Umsetzen" }] })).not.toEqual([]);
    expect(check("/api/leistungen", 200, "application/json", { ...body, extra: 1 })).not.toEqual([]);
    const { facets, ...withoutFacets } = body;
    expect(facets).toBeDefined();
    expect(check("/api/leistungen", 200, "application/json", withoutFacets)).not.toEqual([]);
  });

  it("is served at /api/openapi.json with the request's host as server, ETag and 304", async () => {
    const response = await openApiResponse(new Request("http://127.0.0.1:3500/api/openapi.json"));
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const served = await response.json();
    expect(served.servers).toEqual([{ url: "http://127.0.0.1:3500" }]);
    const etag = response.headers.get("etag")!;
    const again = await openApiResponse(new Request("http://127.0.0.1:3500/api/openapi.json", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
  });
});
