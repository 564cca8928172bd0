import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsItem } from "./fixtures";
import { servicesOverviewHref } from "../routes";
import { isExternalHref } from "./external-href";
import { markerLabel, markersFor, rowMarkers } from "./markers";

const workshop = newsItem({
  slug: "workshop-land-kommunen",
  title: "Workshop Land und Kommunen: vier Arbeitspakete",
  shortTitle: "Workshop Land und Kommunen",
  date: "2022-09-01",
  ozgIds: ["10035", "10348", "10364", "19001"],
});
const frist = newsItem({ slug: "einbuergerung", title: "Digitale Einbürgerung: Pilotkommunen gesucht", date: "2022-11-01", category: "Frist", deadline: "2022-11-21", ozgIds: ["10257"] });
const sprechstunde = newsItem({ slug: "sprechstunde", title: "Sprechstunde Einbürgerung", date: "2022-10-12", ozgIds: ["10257"] });

describe("markersFor", () => {
  it("gives each named OZG-ID a link to every item naming it, newest first", () => {
    expect(markersFor([sprechstunde, workshop, frist], ["10000", "10035", "10257"])).toEqual({
      "10035": [{ href: "/aktuelles/workshop-land-kommunen", label: "Aktuelles: Workshop Land und Kommunen" }],
      "10257": [
        { href: "/aktuelles/einbuergerung", label: "Aktuelles: Digitale Einbürgerung: Pilotkommunen gesucht" },
        { href: "/aktuelles/sprechstunde", label: "Aktuelles: Sprechstunde Einbürgerung" },
      ],
    });
  });

  it("has no entry for rows no item names, and none for no rows", () => {
    expect(markersFor([workshop], ["10000"])).toEqual({});
    expect(markersFor([workshop], [])).toEqual({});
  });

  it("labels with the short title, else the title", () => {
    expect(markerLabel(workshop)).toBe("Aktuelles: Workshop Land und Kommunen");
    expect(markerLabel(frist)).toBe("Aktuelles: Digitale Einbürgerung: Pilotkommunen gesucht");
  });
});

describe("links between news and the dashboard", () => {
  it("filters the dashboard to exactly the named services, canonical order", () => {
    expect(servicesOverviewHref(workshop.ozgIds)).toBe("/?ozgId=10035&ozgId=10348&ozgId=10364&ozgId=19001");
    expect(servicesOverviewHref(["10258", "10257"])).toBe("/?ozgId=10257&ozgId=10258");
  });

  it.each([
    ["https://www.dataport.de", true],
    ["http://example.org/x", true],
    ["//cdn.example.org/x", true],
    ["HTTPS://WWW.FITKO.DE", true],
    ["/aktuelles/sccon-2023", false],
    ["/?ozgId=10257", false],
    ["#abschnitt", false],
    ["mailto:ozg@sachsen-anhalt.de", false],
    ["", false],
    [undefined, false],
  ])("isExternalHref(%j) = %s", (href, expected) => {
    expect(isExternalHref(href)).toBe(expected);
  });
});

describe("rowMarkers (from DATA_DIR)", () => {
  let root: string;
  const previous = process.env.DATA_DIR;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "news-markers-"));
    await mkdir(path.join(root, "aktuelles"));
    await writeFile(
      path.join(root, "aktuelles", "einbuergerung.md"),
      "---\ntitle: Digitale Einbürgerung\nshortTitle: Einbürgerung\ndate: 2022-11-01\ncategory: Frist\ndeadline: 2022-11-21\nozgIds: [10257]\n---\nText",
    );
    await writeFile(path.join(root, "aktuelles", "kaputt.md"), "---\ntitle: X\ndate: 2022-13-01\ncategory: Meldung\nozgIds: [10035]\n---\n");
    process.env.DATA_DIR = root;
  });

  afterAll(async () => {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    await rm(root, { recursive: true, force: true });
  });

  it("reads the news of the data folder; a broken file gives no markers and no error", async () => {
    expect(await rowMarkers(["10257", "10035", "10000"])).toEqual({
      "10257": [{ href: "/aktuelles/einbuergerung", label: "Aktuelles: Einbürgerung" }],
    });
  });
});
