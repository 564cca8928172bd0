import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { type Locator, type Page, expect, test } from "@playwright/test";
import { collectErrors, columnTexts, expectNoAxeViolations, tableRows } from "./helpers";

/** The news area beside the table (a region named by its heading). */
function newsAside(page: Page): Locator {
  return page.getByRole("region", { name: "Aktuelles", exact: true });
}

/** The items listed in a part of /aktuelles or in the aside. */
function items(scope: Locator): Locator {
  return scope.locator("[data-slug]");
}

/** The calendar date in Sachsen-Anhalt, as the server computes "today". */
function berlinToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

const CATEGORIES = [
  { value: "Meldung", label: "Meldungen" },
  { value: "Sprechstunde", label: "Sprechstunden" },
  { value: "Veranstaltung", label: "Veranstaltungen" },
  { value: "Frist", label: "Fristen" },
] as const;

test.describe("News on the sample data (days left count from today)", () => {
  test("the dashboard shows the latest items and the Einbürgerung deadline, expired", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/");
    const aside = newsAside(page);
    await expect(aside).toBeVisible();
    // All sample deadlines lie in 2022: nothing is pinned as open.
    await expect(aside.getByRole("heading", { name: "Offene Fristen" })).toHaveCount(0);
    await expect(items(aside)).toHaveCount(5);
    const first = items(aside).first();
    await expect(first.getByRole("link")).toHaveText("Smart Country Convention 2023");
    await expect(first).toContainText("Veranstaltung");
    await expect(first).toContainText("07.–09.11.2023");
    const frist = aside.locator('[data-slug="einbuergerung-nachnutzung"]');
    await expect(frist).toContainText("Frist");
    await expect(frist.getByTestId("news-deadline")).toHaveText("Frist abgelaufen am 21.11.2022");
    await expect(frist.getByTestId("news-deadline")).toHaveAttribute("data-state", "expired");

    await first.getByRole("link").click();
    await expect(page).toHaveURL(/\/aktuelles\/sccon-2023$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Smart Country Convention 2023");
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("the main navigation leads to Aktuelles", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Aktuelles" }).click();
    await expect(page).toHaveURL(/\/aktuelles$/);
    await expect(page.getByRole("link", { name: "Aktuelles" }).first()).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktuelles");
  });

  test("/aktuelles filters by category with plain links", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/aktuelles");
    const all = await items(page.locator("main")).count();
    expect(all).toBeGreaterThanOrEqual(12);
    const filter = page.getByRole("navigation", { name: "Nach Kategorie filtern" });
    for (const { value, label } of CATEGORIES) {
      await filter.getByRole("link", { name: new RegExp(`^${label} \\(\\d+\\)$`) }).click();
      await expect(page).toHaveURL(new RegExp(`/aktuelles\\?kategorie=${value}$`));
      await expect(filter.getByRole("link", { name: new RegExp(`^${label} `) })).toHaveAttribute("aria-current", "page");
      const shown = items(page.locator("main"));
      await expect(shown.first()).toBeVisible();
      const categories = await shown.evaluateAll((els) => els.map((el) => el.getAttribute("data-category")));
      expect(categories.length).toBeGreaterThan(0);
      expect(new Set(categories), value).toEqual(new Set([value]));
    }
    await filter.getByRole("link", { name: /^Alle / }).click();
    await expect(page).toHaveURL(/\/aktuelles$/);
    await expect(items(page.locator("main"))).toHaveCount(all);
    expect(errors).toEqual([]);
  });

  test("an unknown category is explained and all items are shown", async ({ page }) => {
    await page.goto("/aktuelles");
    const all = await items(page.locator("main")).count();
    await page.goto("/aktuelles?kategorie=Termin");
    await expect(page.getByRole("status")).toContainText("„Termin“ ist keine bekannte Kategorie");
    await expect(items(page.locator("main"))).toHaveCount(all);
  });

  test("/aktuelles lists upcoming dates apart from past ones, with German dates", async ({ page }) => {
    await page.goto("/aktuelles");
    const today = berlinToday();
    const upcoming = page.getByRole("region", { name: "Anstehende Termine und Fristen" });
    const past = page.getByRole("region", { name: "Meldungen und vergangene Termine" });
    await expect(upcoming).toBeVisible();
    await expect(past).toBeVisible();
    for (const until of await items(upcoming).evaluateAll((els) => els.map((el) => el.getAttribute("data-until")))) {
      expect(until! >= today).toBe(true);
    }
    for (const until of await items(past).evaluateAll((els) => els.map((el) => el.getAttribute("data-until")))) {
      if (until) expect(until < today).toBe(true);
    }
    // The sample's dates all lie in 2022/2023.
    await expect(items(upcoming)).toHaveCount(0);
    await expect(upcoming).toContainText("stehen keine Termine oder Fristen an");
    const frist = past.locator('[data-slug="einbuergerung-nachnutzung"]');
    await expect(frist).toContainText("1. November 2022");
    await expect(frist).toContainText("Frist abgelaufen am 21.11.2022");
    await expect(past.locator('[data-slug="kommdigitale-2022"]')).toContainText("15.–17. November 2022");
  });

  test("a service row links to its news item, and the item back to exactly its services", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto("/?q=10257");
    await expect(tableRows(page)).toHaveCount(1);
    const row = tableRows(page).first();
    await row.getByRole("link", { name: /^Aktuelles: Digitale Einbürgerung – Pilotkommunen gesucht$/ }).click();
    await expect(page).toHaveURL(/\/aktuelles\/einbuergerung-nachnutzung$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digitale Einbürgerung: Pilotkommunen gesucht");
    await expect(page.getByTestId("news-deadline")).toHaveText("Frist abgelaufen am 21.11.2022");
    await expect(page.getByTestId("news-services")).toContainText("10257 Einbürgerung");

    await page.getByTestId("news-services-link").click();
    await expect(page).toHaveURL(/\/\?ozgId=10257$/);
    await expect(tableRows(page)).toHaveCount(1);
    expect(await columnTexts(page, "ozgId")).toEqual(["10257"]);

    // The workshop names four services; its link shows exactly those, each marked back.
    await page.goto("/aktuelles/workshop-land-kommunen");
    await page.getByTestId("news-services-link").click();
    await expect(page).toHaveURL(/\/\?ozgId=10035&ozgId=10348&ozgId=10364&ozgId=19001$/);
    await expect(tableRows(page)).toHaveCount(4);
    expect(await columnTexts(page, "ozgId")).toEqual(["10035", "10348", "10364", "19001"]);
    for (const id of ["10035", "10348", "10364", "19001"]) {
      await expect(page.locator(`tr[data-ozg-id="${id}"] a[href="/aktuelles/workshop-land-kommunen"]`)).toHaveCount(1);
    }
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("an item marks links to other sites", async ({ page }) => {
    await page.goto("/aktuelles/landesportal-dataport");
    const external = page.getByRole("link", { name: "Dataport (externer Link)" });
    await expect(external).toHaveAttribute("href", "https://www.dataport.de");
    await expect(external).toHaveAttribute("rel", "noopener noreferrer");
    const internal = page.locator("article").getByRole("link", { name: "← Alle Meldungen und Termine" });
    await expect(internal).toHaveAttribute("href", "/aktuelles");
  });

  test("an unknown item is a 404 page", async ({ page }) => {
    const response = await page.goto("/aktuelles/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beitrag nicht gefunden");
    await expect(page.getByRole("link", { name: "Zu allen Meldungen und Terminen" })).toBeVisible();
  });

  for (const url of ["/aktuelles", "/aktuelles?kategorie=Frist", "/aktuelles/einbuergerung-nachnutzung", "/aktuelles/workshop-land-kommunen"]) {
    test(`${url} has no WCAG 2.1 AA violations`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(url);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }
});

/** A free port from 3300 on, for a server of this spec's own. */
async function freePort(): Promise<number> {
  for (let port = 3300; port < 3400; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 3300–3399");
}

test.describe("News on a copy of the sample with a broken file, as of 1 November 2022 (NEWS_TODAY)", () => {
  let server: ChildProcess | undefined;
  let dataDir = "";
  let base = "";

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    dataDir = await mkdtemp(path.join(os.tmpdir(), "news-e2e-"));
    await cp("data", dataDir, { recursive: true });
    await writeFile(path.join(dataDir, "aktuelles", "kaputt.md"), "---\ntitle: Kaputt\ndate: 2022-13-01\ncategory: Meldung\n---\nText\n");
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATA_DIR: dataDir, NEWS_TODAY: "2022-11-01", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    await expect
      .poll(async () => fetch(`${base}/aktuelles`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [250] })
      .toBe(200);
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test("the table still works, the news area names the broken file and field, the open deadline counts down", async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${base}/`);
    await expect(page.getByText("186 Leistungen").first()).toBeVisible();
    await expect(tableRows(page)).toHaveCount(50);
    const aside = newsAside(page);
    await expect(aside.getByTestId("news-problems")).toContainText(
      "aktuelles/kaputt.md, Feld „date“: „2022-13-01“ ist kein gültiges Datum (JJJJ-MM-TT).",
    );
    const open = aside.getByTestId("news-open-deadlines");
    await expect(open.getByRole("heading", { name: "Offene Fristen" })).toBeVisible();
    await expect(open.locator('[data-slug="einbuergerung-nachnutzung"] [data-testid="news-deadline"]')).toHaveText(
      "Frist bis 21.11.2022: noch 20 Tage",
    );
    await expect(open.getByTestId("news-deadline")).toHaveAttribute("data-state", "open");
    expect(errors).toEqual([]);
  });

  test("/aktuelles lists the dates from 1 November 2022 on, soonest first, apart from the past", async ({ page }) => {
    await page.goto(`${base}/aktuelles`);
    await expect(page.getByTestId("news-problems")).toContainText("aktuelles/kaputt.md");
    const upcoming = page.getByRole("region", { name: "Anstehende Termine und Fristen" });
    const past = page.getByRole("region", { name: "Meldungen und vergangene Termine" });
    expect(await items(upcoming).evaluateAll((els) => els.map((el) => el.getAttribute("data-slug")))).toEqual([
      "dikomm-2022",
      "kommdigitale-2022",
      "einbuergerung-nachnutzung",
      "sccon-2023",
    ]);
    await expect(upcoming.locator('[data-slug="einbuergerung-nachnutzung"]')).toContainText("noch 20 Tage");
    const pastSlugs = await items(past).evaluateAll((els) => els.map((el) => el.getAttribute("data-slug")));
    expect(pastSlugs).toContain("workshop-land-kommunen");
    expect(pastSlugs).toContain("landesportal-dataport");
    expect(pastSlugs).not.toContain("dikomm-2022");
    for (const until of await items(past).evaluateAll((els) => els.map((el) => el.getAttribute("data-until")))) {
      if (until) expect(until < "2022-11-01").toBe(true);
    }
  });

  test("the broken item's own address shows its problems instead of a 404", async ({ page }) => {
    await page.goto(`${base}/aktuelles/kaputt`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beitrag mit Fehlern");
    await expect(page.getByTestId("news-problems")).toContainText("Feld „date“");
  });
});
