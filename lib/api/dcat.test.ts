/**
 * /daten/dcat.jsonld on the sample: expanded with the jsonld processor (so every prefix resolves
 * to the DCAT, DCMI and DCAT-AP.de IRIs), one Catalog with one Dataset, a Distribution per Stand
 * and format, the licence as DCAT-AP.de IRI, and download addresses that really answer.
 */
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { useDataDir } from "../test/data-dir";
import { dcatResponse } from "./dcat";
import { exportResponse } from "./export";
import { leistungenResponse } from "./leistungen";

useDataDir("data");

const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
const DCATDE = "http://dcat-ap.de/def/dcatde/";

type Node = Record<string, unknown> & { "@id"?: string; "@type"?: string[] };

async function graph(): Promise<{ nodes: Node[]; raw: Record<string, unknown>; response: Response }> {
  const response = await dcatResponse(new Request("http://127.0.0.1:3500/daten/dcat.jsonld"));
  const raw = JSON.parse(await response.clone().text());
  // Flattening yields one node per resource with full IRIs; it fails on a broken document.
  const flat = (await jsonld.flatten(raw)) as unknown as Node[] | { "@graph": Node[] };
  return { nodes: Array.isArray(flat) ? flat : flat["@graph"], raw, response };
}

const ofType = (nodes: Node[], type: string) => nodes.filter((n) => n["@type"]?.includes(type));
const ids = (v: unknown) => (v as { "@id": string }[] | undefined)?.map((x) => x["@id"]) ?? [];
const values = (v: unknown) => (v as { "@value": string }[] | undefined)?.map((x) => x["@value"]) ?? [];

describe("GET /daten/dcat.jsonld", () => {
  it("answers JSON-LD with ETag and 304", async () => {
    const { response } = await graph();
    expect(response.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    const again = await dcatResponse(new Request("http://127.0.0.1:3500/daten/dcat.jsonld", { headers: { "if-none-match": response.headers.get("etag")! } }));
    expect(again.status).toBe(304);
  });

  it("is a dcat:Catalog with one dcat:Dataset and a dcat:Distribution per Stand and format", async () => {
    const { nodes } = await graph();
    const [catalog] = ofType(nodes, `${DCAT}Catalog`);
    const datasets = ofType(nodes, `${DCAT}Dataset`);
    expect(datasets).toHaveLength(1);
    expect(ids(catalog[`${DCAT}dataset`])).toEqual([datasets[0]["@id"]]);
    const distributions = ofType(nodes, `${DCAT}Distribution`);
    expect(distributions).toHaveLength(2 * 3);
    expect(ids(datasets[0][`${DCAT}distribution`]).sort()).toEqual(distributions.map((d) => d["@id"]).sort());
    const formats = distributions.map((d) => ids(d[`${DCT}format`])[0].split("/").pop()).sort();
    expect(formats).toEqual(["CSV", "CSV", "JSON", "JSON", "XLSX", "XLSX"]);
  });

  it("carries title, description, publisher, contact, licence (DCAT-AP.de IRI) and dates", async () => {
    const { nodes } = await graph();
    const [dataset] = ofType(nodes, `${DCAT}Dataset`);
    expect(values(dataset[`${DCT}title`])).toEqual(["OZG-Nachnutzungsübersicht Sachsen-Anhalt"]);
    expect(values(dataset[`${DCT}description`])[0]).toContain("Beispieldaten");
    const publisher = nodes.find((n) => n["@id"] === ids(dataset[`${DCT}publisher`])[0])!;
    expect(values(publisher["http://xmlns.com/foaf/0.1/name"])).toEqual(["Ministerium für Infrastruktur und Digitales des Landes Sachsen-Anhalt, Referat 55"]);
    expect(ids(dataset[`${DCATDE}maintainer`])).toEqual([publisher["@id"]]);
    const contact = nodes.find((n) => n["@id"] === ids(dataset[`${DCAT}contactPoint`])[0])!;
    expect(ids(contact["http://www.w3.org/2006/vcard/ns#hasEmail"])).toEqual(["mailto:ozg@sachsen-anhalt.de"]);
    expect(ids(dataset[`${DCT}license`])).toEqual(["http://dcat-ap.de/def/licenses/dl-by-de/2.0"]);
    expect(values(dataset[`${DCT}issued`])).toEqual(["2022-09-30"]);
    expect(values(dataset[`${DCT}modified`])).toEqual(["2022-10-28"]);
    for (const d of ofType(nodes, `${DCAT}Distribution`)) {
      expect(ids(d[`${DCT}license`])).toEqual(["http://dcat-ap.de/def/licenses/dl-by-de/2.0"]);
      expect(values(d[`${DCATDE}licenseAttributionByText`])[0]).toContain("Ministerium für Infrastruktur und Digitales");
      expect(ids(d[`${DCAT}mediaType`])[0]).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\//);
    }
  });

  it("points to download addresses that answer with the right type", async () => {
    const { nodes } = await graph();
    for (const d of ofType(nodes, `${DCAT}Distribution`)) {
      const [access] = ids(d[`${DCAT}accessURL`]);
      const url = new URL(access);
      expect(url.origin).toBe("http://127.0.0.1:3500");
      const handler = url.pathname === "/api/export" ? exportResponse : leistungenResponse;
      const response = await handler(url.searchParams);
      expect(response.status, access).toBe(200);
      const format = ids(d[`${DCT}format`])[0].split("/").pop();
      if (format === "JSON") {
        expect(response.headers.get("content-type")).toContain("application/json");
        expect(ids(d[`${DCAT}downloadURL`])).toEqual([]);
      } else {
        expect(ids(d[`${DCAT}downloadURL`])).toEqual([access]);
        await response.body?.cancel();
      }
    }
  });
});
