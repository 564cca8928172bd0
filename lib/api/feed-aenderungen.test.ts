/**
 * /feeds/aenderungen.atom: parsed with fast-xml-parser; a Ressort's (or Themenfeld's) feed holds
 * exactly the changes that /api/aenderungen reports for it, field by field. A service counts
 * when it matches in the newer Stand (added, changed) or, when removed, in the older one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAtom, textOf, type ParsedEntry } from "../feeds/test-atom";
import { FIELDS, type FieldId, isControlledField } from "../vocabulary";
import { aenderungenResponse } from "./aenderungen";
import { changesFeedResponse } from "./feed-aenderungen";
import { leistungenResponse } from "./leistungen";

let previous: string | undefined;
let threeStaende: string;
beforeAll(() => {
  previous = process.env.DATA_DIR;
  process.env.DATA_DIR = "data";
  // A copy of the sample with a third Stand in which one MI service moves to MF and goes live.
  threeStaende = mkdtempSync(path.join(tmpdir(), "feed-aenderungen-"));
  cpSync("data", threeStaende, { recursive: true });
  const newest = readFileSync("data/uebersicht/2022-10-28.csv", "utf8");
  const moved = newest.replace(";Kommune;MI;mittel;Umsetzung;EfA-Nachnutzung;HB;ja;1;;", ";Kommune;MF;mittel;Betrieb;EfA-Nachnutzung;HB;ja;1;;");
  expect(moved).not.toBe(newest);
  writeFileSync(path.join(threeStaende, "uebersicht", "2022-11-25.csv"), moved);
});
afterAll(() => {
  if (previous === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = previous;
  rmSync(threeStaende, { recursive: true, force: true });
});

const request = (search: string, headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1:3500/feeds/aenderungen.atom${search}`, { headers });

async function feed(search: string) {
  const response = await changesFeedResponse(request(search));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  return parseAtom(await response.text());
}

interface Listed {
  added: string[];
  removed: string[];
  changed: Record<string, string[]>;
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The services an entry lists, read from its HTML: ids per list, and per changed service its lines. */
function listed(entry: ParsedEntry): Listed {
  const html = entry.content!["#text"];
  const section = (title: string) => html.split("<h2>").find((s) => s.startsWith(title)) ?? "";
  const ids = (s: string) => [...s.matchAll(/<li><a href="[^"]*">[^<]*<\/a> \((\d+)\)/g)].map((m) => m[1]);
  const changed: Record<string, string[]> = {};
  for (const m of section("Geändert").matchAll(/<li><a href="[^"]*">[^<]*<\/a> \((\d+)\)<ul>(.*?)<\/ul><\/li>/g)) {
    changed[m[1]] = [...m[2].matchAll(/<li>(.*?)<\/li>/g)].map((l) => decode(l[1]));
  }
  return { added: ids(section("Neu aufgenommen")), removed: ids(section("Entfallen")), changed };
}

const shown = (field: FieldId, v: string) => (v !== "" ? v : isControlledField(field) ? "nicht festgelegt" : "(leer)");

interface ApiRow {
  ozgId: string;
  [field: string]: unknown;
}

/** What /api/aenderungen reports for the services with `field` = `value` (in the newer Stand; removed: in the older). */
async function fromApi(von: string, bis: string, field: string, value: string): Promise<Listed> {
  const diff = await (await aenderungenResponse(new URLSearchParams({ von, bis }))).json();
  const rows = await (await leistungenResponse(new URLSearchParams({ stand: bis, [field]: value, size: "500" }))).json();
  const inNewer = new Set<string>(rows.rows.map((r: ApiRow) => r.ozgId));
  const has = (row: ApiRow) => (Array.isArray(row[field]) ? (row[field] as string[]).includes(value) : row[field] === value);
  const changed: Record<string, string[]> = {};
  for (const c of diff.changed) {
    if (!inNewer.has(c.ozgId)) continue;
    changed[c.ozgId] = c.fields.map((f: { field: FieldId; before: string; after: string }) => `${FIELDS[f.field].header}: ${shown(f.field, f.before)} → ${shown(f.field, f.after)}`);
  }
  return {
    added: diff.added.filter(has).map((r: ApiRow) => r.ozgId),
    removed: diff.removed.filter(has).map((r: ApiRow) => r.ozgId),
    changed,
  };
}

describe("GET /feeds/aenderungen.atom on the sample", () => {
  it.each([
    ["ressort", "MI"],
    ["ressort", "MID"],
    ["themenfeld", "Familie & Kind"],
    ["lebenslage", "Geburt"],
  ])("for %s=%s holds exactly what /api/aenderungen reports for it", async (field, value) => {
    const parsed = await feed(`?${new URLSearchParams({ [field]: value })}`);
    expect(parsed.entry).toHaveLength(1);
    const expected = await fromApi("2022-09-30", "2022-10-28", field, value);
    expect(listed(parsed.entry[0])).toEqual(expected);
    expect(Object.keys(expected.changed).length + expected.added.length).toBeGreaterThan(0);
  });

  it("without a query lists every change of the Stand", async () => {
    const diff = await (await aenderungenResponse(new URLSearchParams())).json();
    const [entry] = (await feed("")).entry;
    const got = listed(entry);
    expect([got.added.length, got.removed.length, Object.keys(got.changed).length]).toEqual([diff.added.length, diff.removed.length, diff.changed.length]);
    expect(textOf(entry.title)).toBe(`Stand 28.10.2022: ${diff.added.length} neu, ${diff.removed.length} entfallen, ${diff.changed.length} geändert`);
  });

  it("writes changes field by field, e.g. „Phase: Planung → Umsetzung“", async () => {
    const [entry] = (await feed("?ressort=MI")).entry;
    expect(Object.values(listed(entry).changed).flat()).toContain("Phase: Planung → Umsetzung");
  });

  it("ignores table parameters (page, size, sort, cols, stand), even invalid ones", async () => {
    const plain = await feed("?ressort=MI");
    const withTable = await feed("?ressort=MI&page=abc&size=0&sort=unbekannt&cols=x&stand=1999-01-01");
    expect(withTable.entry.map((e) => e.id)).toEqual(plain.entry.map((e) => e.id));
    expect(withTable.id).toBe(plain.id);
  });

  it.each([
    ["?phase=Umsetzen", "Filter „Phase“: „Umsetzen“ ist keine bekannte Phase."],
    ["?ressort=XY", "Filter „Ressort“: „XY“ ist kein bekanntes Ressort."],
    ["?ozgId=abc", "Parameter „ozgId“: „abc“ ist keine gültige OZG-ID"],
  ])("answers %s with 400 and a German message", async (search, message) => {
    const response = await changesFeedResponse(request(search));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
  });

  it("gives each query its own feed and entry ids, stable across requests and spellings", async () => {
    const mi = await feed("?ressort=MI");
    const miAgain = await feed("?ressort=mi&foo=bar");
    const mf = await feed("?ressort=MF");
    expect(miAgain.id).toBe(mi.id);
    expect(miAgain.entry[0].id).toBe(mi.entry[0].id);
    expect(mf.id).not.toBe(mi.id);
    expect(mf.entry[0].id).not.toBe(mi.entry[0].id);
  });
});

describe("GET /feeds/aenderungen.atom with three Stände", () => {
  it("has one entry per Stand from the second on, newest first, with ids that stay when a Stand is added", async () => {
    const before = await feed("?ressort=MI");
    process.env.DATA_DIR = threeStaende;
    try {
      const after = await feed("?ressort=MI");
      expect(after.entry.map((e) => textOf(e.title).slice(0, 16))).toEqual(["Stand 25.11.2022", "Stand 28.10.2022"]);
      expect(after.entry[1].id).toBe(before.entry[0].id);
      expect(after.updated.slice(0, 10)).toBe("2022-11-25");
    } finally {
      process.env.DATA_DIR = "data";
    }
  });

  it("counts a service that moved from MI to MF in MF's feed (it matches there in the newer Stand), not in MI's", async () => {
    process.env.DATA_DIR = threeStaende;
    try {
      const mi = listed((await feed("?ressort=MI")).entry[0]);
      const mf = listed((await feed("?ressort=MF")).entry[0]);
      expect(mi).toEqual(await fromApi("2022-10-28", "2022-11-25", "ressort", "MI"));
      expect(mf).toEqual(await fromApi("2022-10-28", "2022-11-25", "ressort", "MF"));
      const [movedId] = Object.keys(mf.changed);
      expect(mf.changed[movedId]).toEqual(["Ressort: MI → MF", "Phase: Umsetzung → Betrieb"]);
      expect(mi.changed[movedId]).toBeUndefined();
    } finally {
      process.env.DATA_DIR = "data";
    }
  });

  it("revalidates with 304 until a Stand is published, then answers with a new ETag", async () => {
    const first = await changesFeedResponse(request("?ressort=MI"));
    const etag = first.headers.get("etag")!;
    expect((await changesFeedResponse(request("?ressort=MI", { "if-none-match": etag }))).status).toBe(304);
    expect((await changesFeedResponse(request("?ressort=MI", { "if-modified-since": first.headers.get("last-modified")! }))).status).toBe(304);
    process.env.DATA_DIR = threeStaende;
    try {
      const changed = await changesFeedResponse(request("?ressort=MI", { "if-none-match": etag }));
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
    } finally {
      process.env.DATA_DIR = "data";
    }
  });
});
