import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { collectErrors, expectNoAxeViolations, forbidForeignHosts } from "./helpers";

const FEEDS = [
  ["/feeds/aktuelles.atom", "application/atom+xml; charset=utf-8"],
  ["/feeds/aktuelles.atom?kategorie=Frist", "application/atom+xml; charset=utf-8"],
  ["/feeds/aenderungen.atom", "application/atom+xml; charset=utf-8"],
  ["/feeds/aenderungen.atom?ressort=MI&themenfeld=Familie%20%26%20Kind", "application/atom+xml; charset=utf-8"],
  ["/termine.ics", "text/calendar; charset=utf-8"],
  ["/termine.ics?ozgId=10257", "text/calendar; charset=utf-8"],
  ["/aktuelles/dikomm-2022/termin.ics", "text/calendar; charset=utf-8"],
  ["/daten/dcat.jsonld", "application/ld+json; charset=utf-8"],
  ["/api/openapi.json", "application/json; charset=utf-8"],
] as const;

test.describe("Feeds, calendar and open data", () => {
  for (const [path, type] of FEEDS) {
    test(`${path} answers ${type} with an ETag, and 304 on revalidation`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(type);
      const etag = response.headers()["etag"];
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(response.headers()["cache-control"]).toBe("public, max-age=300");
      const again = await request.get(path, { headers: { "If-None-Match": etag } });
      expect(again.status()).toBe(304);
    });
  }

  test("an invalid filter of a feed is a 400 in German", async ({ request }) => {
    const response = await request.get("/feeds/aenderungen.atom?phase=Umsetzen");
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("„Umsetzen“ ist keine bekannte Phase");
  });

  test("/aktuelles links its feed in the head and visibly, with a sentence on Outlook and Thunderbird", async ({ page, baseURL }) => {
    await page.goto("/aktuelles");
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute("href", `${baseURL}/feeds/aktuelles.atom`);
    const feed = page.getByTestId("subscribe").filter({ hasText: "Atom-Feed" });
    await expect(feed.getByRole("link", { name: /^Abonnieren/ })).toHaveAttribute("href", "/feeds/aktuelles.atom");
    await expect(feed).toContainText("Outlook");
    await expect(feed).toContainText("Thunderbird");
    await expect(feed).toContainText(`${baseURL}/feeds/aktuelles.atom`);
    // The category's own feed when one is chosen.
    await page.goto("/aktuelles?kategorie=Frist");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
      "href",
      `${baseURL}/feeds/aktuelles.atom?kategorie=Frist`,
    );
  });

  test("a Ressort page and Änderungen link their changes feed", async ({ page, baseURL }) => {
    await page.goto("/ressorts/MI");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/feeds/aenderungen.atom?ressort=MI`);
    await expect(page.getByRole("link", { name: "Abonnieren (die Änderungen der Leistungen des Ressorts MI)" })).toHaveAttribute(
      "href",
      "/feeds/aenderungen.atom?ressort=MI",
    );
    await page.goto("/aenderungen");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/feeds/aenderungen.atom`);
    await expect(page.getByTestId("subscribe")).toContainText("Thunderbird");
  });

  test("/daten describes the data set, has no axe violations, and every download works", async ({ page, baseURL, request }) => {
    const errors = collectErrors(page);
    const foreign = forbidForeignHosts(page, baseURL!);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Daten" }).click();
    await expect(page).toHaveURL(/\/daten$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offene Daten");
    await expect(page.getByTestId("daten-lizenz").getByRole("link")).toHaveAttribute("href", "https://www.govdata.de/dl-de/by-2-0");
    await expect(page.getByTestId("daten-lizenz")).toContainText("Datenlizenz Deutschland – Namensnennung – Version 2.0");
    await expect(page.getByText("ozg@sachsen-anhalt.de").first()).toBeVisible();
    const rows = page.getByTestId("daten-downloads").locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute("data-stand", "2022-10-28");
    await expectNoAxeViolations(page);

    const links = page.getByTestId("daten-downloads").getByRole("link");
    await expect(links).toHaveCount(6);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const type = response.headers()["content-type"];
      if (href.startsWith("/api/leistungen")) {
        expect(type).toContain("application/json");
        const body = await response.json();
        expect(body.stand).toBe(new URL(href, baseURL).searchParams.get("stand"));
        expect(body.rows.length).toBe(body.total);
      } else if (href.includes("format=xlsx")) {
        // The workbook export is built separately; until it lands, the same address answers with the CSV.
        expect(type).toMatch(/spreadsheetml|text\/csv/);
      } else {
        expect(type).toBe("text/csv; charset=utf-8");
        expect(response.headers()["content-disposition"]).toContain(new URL(href, baseURL).searchParams.get("stand")!);
      }
    }

    // A real click downloads the CSV of the newest Stand.
    const downloadPromise = page.waitForEvent("download");
    await rows.first().getByRole("link", { name: "CSV (Stand 28.10.2022)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("nachnutzungsuebersicht_2022-10-28_alle.csv");
    const csv = await readFile((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    for (const name of ["Metadaten nach DCAT-AP.de (JSON-LD)", "Beschreibung der Schnittstelle (OpenAPI 3.1)"]) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      expect((await request.get(href!)).status()).toBe(200);
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a dated news item downloads its event („In den Kalender übernehmen“)", async ({ page }) => {
    await page.goto("/aktuelles/dikomm-2022");
    await expect(page.getByText("9:00–17:00 Uhr")).toBeVisible();
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "In den Kalender übernehmen" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("dikomm-2022.ics");
    const ics = (await readFile((await download.path())!)).toString("utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20221103T090000\r\n");
    await expectNoAxeViolations(page);
    // A Meldung without date or deadline has no such link.
    await page.goto("/aktuelles/egovernment-monitor-2022");
    await expect(page.getByRole("link", { name: "In den Kalender übernehmen" })).toHaveCount(0);
  });

  test("news cards with a date offer the calendar download", async ({ page }) => {
    await page.goto("/aktuelles");
    const card = page.locator('[data-slug="kommdigitale-2022"]');
    await expect(card.getByRole("link", { name: "In den Kalender übernehmen („KommDIGITALE 2022“)" })).toHaveAttribute(
      "href",
      "/aktuelles/kommdigitale-2022/termin.ics",
    );
    await expect(page.locator('[data-slug="egovernment-monitor-2022"]').getByTestId("news-calendar-link")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
