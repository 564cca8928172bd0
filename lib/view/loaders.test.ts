import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SearchParamsInput } from "../params/input";
import { parseQuery } from "../params/query";
import { parseStandParam } from "../params/stand";
import { loadKommunenView as loadKommunen } from "./kommunen-view";
import { loadLeistungView as loadLeistung } from "./leistung-view";
import { loadOverview } from "./overview";
import { paramContext } from "./request";

/** The page's steps: parse `stand` against the published Stände, then load. */
async function loadLeistungView(ozgId: string, params: SearchParamsInput) {
  const context = await paramContext();
  return loadLeistung(ozgId, parseStandParam(params, context), context);
}

async function loadKommunenView(params: SearchParamsInput) {
  const context = await paramContext();
  return loadKommunen(parseStandParam(params, context), context);
}

const HEADER = "OZG-ID;Leistung;Themenfeld;Phase;Nachnutzbar durch Kommunen\r\n";
let root: string;
let previousDataDir: string | undefined;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "ozg-views-"));
  await mkdir(path.join(root, "uebersicht"));
  await writeFile(path.join(root, "metadata.json"), JSON.stringify({ publisher: "MID", contactEmail: "ozg@sachsen-anhalt.de", sampleData: true }));
  await writeFile(
    path.join(root, "uebersicht", "2022-09-30.csv"),
    HEADER + "10000;Elterngeld;Familie & Kind;Rollout;ja\r\n10436;Kraftfahrzeugkennzeichen;Mobilität & Reisen;Pilotierung;nein\r\n",
  );
  await writeFile(
    path.join(root, "uebersicht", "2022-10-28.csv"),
    HEADER + "10000;Elterngeld;Familie & Kind;Betrieb;ja\r\n10257;Einbürgerung;Ein- & Auswanderung;Planung;ja\r\n10092;Wohngeld;Arbeit & Ruhestand;Betrieb;nein\r\n",
  );
  previousDataDir = process.env.DATA_DIR;
  process.env.DATA_DIR = root;
});

afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = previousDataDir;
  await rm(root, { recursive: true, force: true });
});

describe("loadLeistungView", () => {
  it("shows the service in the newest Stand with its history, newest first", async () => {
    const view = await loadLeistungView("10000", {});
    expect(view?.title).toBe("Elterngeld");
    expect(view?.stand).toBe("2022-10-28");
    expect(view?.row?.phase).toBe("Betrieb");
    expect(view?.history.map((h) => [h.stand, h.row?.phase ?? null, h.changed])).toEqual([
      ["2022-10-28", "Betrieb", ["phase"]],
      ["2022-09-30", "Rollout", []],
    ]);
  });

  it("shows a service that the chosen Stand lacks, titled from the Stand that has it", async () => {
    const view = await loadLeistungView("10436", { stand: "2022-10-28" });
    expect(view?.row).toBeNull();
    expect(view?.title).toBe("Kraftfahrzeugkennzeichen");
    expect(view?.history.map((h) => h.row === null)).toEqual([true, false]);
  });

  it("is null for a service that no Stand contains, and explains an unknown Stand", async () => {
    expect(await loadLeistungView("99999", {})).toBeNull();
    const view = await loadLeistungView("10000", { stand: "1999-01-01" });
    expect(view?.stand).toBe("2022-10-28");
    expect(view?.problems.map((p) => p.param)).toEqual(["stand"]);
  });
});

describe("loadKommunenView", () => {
  it("lists the reusable services of the newest Stand by Themenfeld", async () => {
    const view = await loadKommunenView({});
    expect(view.total).toBe(2);
    expect(view.groups.map((g) => [g.themenfeld, g.items.map((i) => i.row.ozgId)])).toEqual([
      ["Ein- & Auswanderung", ["10257"]],
      ["Familie & Kind", ["10000"]],
    ]);
    expect(view.dashboardHref).toBe("/?nachnutzbarKommunen=ja");
  });

  it("honours an older Stand", async () => {
    const view = await loadKommunenView({ stand: "2022-09-30" });
    expect(view.groups.flatMap((g) => g.items.map((i) => i.row.ozgId))).toEqual(["10000"]);
    expect(view.dashboardHref).toBe("/?nachnutzbarKommunen=ja&stand=2022-09-30");
  });
});

describe("loadOverview on pages: bounded by the data shown", () => {
  it("drops Lebenslage values that no row has, with one notice", async () => {
    const context = await paramContext();
    const params = new URLSearchParams(Array.from({ length: 5 }, (_, i) => ["lebenslage", `erfunden${i}`]));
    const view = await loadOverview(parseQuery(params, context), context, { dropUnknownValues: true });
    expect(view.query.filters.lebenslage).toEqual([]);
    expect(view.result.total).toBe(3);
    expect(view.problems.map((p) => p.message)).toEqual([
      "Parameter „lebenslage“: „erfunden0“, „erfunden1“, „erfunden2“ und 2 weitere kommen im Stand 2022-10-28 nicht vor und werden ignoriert.",
    ]);
  });

  it("keeps them for the API: they match nothing", async () => {
    const context = await paramContext();
    const view = await loadOverview(parseQuery(new URLSearchParams("lebenslage=erfunden"), context), context);
    expect(view.result.total).toBe(0);
    expect(view.problems).toEqual([]);
  });

  it("keeps only the services changed since an older Stand", async () => {
    const context = await paramContext();
    const view = await loadOverview(parseQuery(new URLSearchParams("geaendertSeit=2022-09-30"), context), context);
    // 10000 moved Rollout → Betrieb, 10257 and 10092 are new; 10436 was dropped and cannot be shown.
    expect(view.result.rows.map((r) => r.ozgId)).toEqual(["10000", "10092", "10257"]);
    expect(view.changes?.changes.get("10000")).toEqual({ kind: "geaendert", fields: [{ field: "phase", before: "Rollout", after: "Betrieb" }] });
  });
});

describe("loadOverview on pages: OZG-IDs the Stand does not have", () => {
  it("are dropped with one notice; a selection of only unknown ones still matches nothing", async () => {
    const context = await paramContext();
    const mixed = await loadOverview(parseQuery(new URLSearchParams("ozgId=10000&ozgId=55555&ozgId=66666"), context), context, { dropUnknownValues: true });
    expect(mixed.query.ozgIds).toEqual(["10000"]);
    expect(mixed.problems.map((p) => p.message)).toEqual(["Parameter „ozgId“: OZG-ID 55555, 66666 kommen im Stand 2022-10-28 nicht vor."]);
    const unknown = await loadOverview(parseQuery(new URLSearchParams("ozgId=55555"), context), context, { dropUnknownValues: true });
    expect(unknown.result.total).toBe(0);
  });
});
