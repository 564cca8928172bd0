/**
 * Reuse interest in the browser (issue 13, docs/reuse.md), on two servers of the same build that
 * share one fresh database: A (SMTP to the catcher below, today 2022-11-16) and B (no SMTP,
 * today 2022-11-25, after the call's deadline). The steps build on each other, in this order.
 */
import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, type Page, expect, test } from "@playwright/test";
import { type MailCatcher, decodeQuotedPrintable, startMailCatcher } from "../lib/test/smtp";
import { readWorkbookRecords } from "../lib/xlsx/read-workbook";
import { collectErrors, expectNoAxeViolations, tableRows } from "./helpers";
import { REUSE_LATE_PORT, REUSE_PORT, SMTP_PORT } from "./reuse-env";
import { signInAsStaff } from "./reuse-helpers";

const A = `http://127.0.0.1:${REUSE_PORT}`;
const B = `http://127.0.0.1:${REUSE_LATE_PORT}`;

/** Contact data used below: none of it may ever appear in a public page or answer. */
const FIRST = { name: "Erika Prüfgesicht", email: "erika.pruefgesicht@kreis-hz.example" };
const SECOND = { name: "Max Nachfolgerin", email: "max.nachfolgerin@kreis-hz.example" };
const THIRD = { name: "Paula Rückzieher", email: "paula.rueckzieher@magdeburg.example" };
const LATE = { name: "Bernd Spätmelder", email: "bernd.spaetmelder@boerde.example" };
const COMMENT = "Kommentar mit Telefon 0391 1234567";
const SECRETS = [FIRST, SECOND, THIRD, LATE].flatMap((c) => [c.name, c.email]).concat([COMMENT, "0391 1234567"]);

test.describe.configure({ mode: "serial" });

let catcher: MailCatcher;
test.beforeAll(async () => {
  catcher = await startMailCatcher(SMTP_PORT);
});
test.afterAll(async () => {
  await catcher?.close();
});

/** The private link of the newest mail to `to`, waiting for it to arrive. */
async function linkFromMail(to: string, count: number): Promise<string> {
  await expect.poll(() => catcher.mails.filter((m) => m.to.includes(to)).length, { timeout: 15_000 }).toBe(count);
  const mail = catcher.mails.filter((m) => m.to.includes(to)).at(-1)!;
  const text = decodeQuotedPrintable(mail.raw);
  expect(text).toContain("Bitte bestätigen Sie die Bekundung über Ihren persönlichen Link:");
  const link = /(http:\/\/127\.0\.0\.1:\d+\/nachnutzung\/[A-Za-z0-9_-]{43})/.exec(text)?.[1];
  expect(link, "the mail holds the private link").toBeTruthy();
  return link!;
}

/** Fills the declaration form of a service page. */
async function fillDeclaration(page: Page, values: { kreis: string; gemeinde?: string; name: string; email: string; start: string; kommentar?: string }) {
  const form = page.getByTestId("declaration-form");
  await form.getByLabel("Landkreis oder kreisfreie Stadt").selectOption(values.kreis);
  if (values.gemeinde) await form.getByLabel("Gemeinde (freiwillig)").fill(values.gemeinde);
  await form.getByLabel("Ansprechperson").fill(values.name);
  await form.getByLabel("E-Mail-Adresse").fill(values.email);
  await form.getByLabel("Geplanter Start").fill(values.start);
  if (values.kommentar) await form.getByLabel("Kommentar (freiwillig)").fill(values.kommentar);
  await form.getByLabel(/Ich willige ein/).check();
}

async function confirmThroughLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  // Opening the link (as a mail scanner would) changes nothing.
  await expect(page.getByTestId("link-status")).toHaveText("unbestätigt");
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.getByTestId("link-notice")).toContainText("Ihre Bekundung ist bestätigt");
}

async function staffContext(browser: Browser, base = A): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base });
  await signInAsStaff(context, base);
  return context;
}

test.describe("reuse interest", () => {
  test("a declaration without JavaScript: one bad field gets its message and nothing typed is lost; then the mail's link confirms it", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${A}/leistungen/10257`);
    await expect(page.getByRole("heading", { name: "Interesse bekunden" })).toBeVisible();
    await fillDeclaration(page, { kreis: "15085", name: FIRST.name, email: "erika.pruefgesicht@", start: "2026-09", kommentar: COMMENT });
    await page.getByRole("button", { name: "Interesse bekunden" }).click();

    await expect(page.getByTestId("form-errors")).toContainText("E-Mail-Adresse: Das ist keine gültige E-Mail-Adresse");
    await expect(page.locator("#nn-email-fehler")).toHaveText("Das ist keine gültige E-Mail-Adresse (z. B. name@landkreis-harz.de).");
    await expect(page.locator("#nn-email")).toHaveAttribute("aria-invalid", "true");
    const form = page.getByTestId("declaration-form");
    await expect(form.getByLabel("Landkreis oder kreisfreie Stadt")).toHaveValue("15085");
    await expect(form.getByLabel("Ansprechperson")).toHaveValue(FIRST.name);
    await expect(form.getByLabel("E-Mail-Adresse")).toHaveValue("erika.pruefgesicht@");
    await expect(form.getByLabel("Geplanter Start")).toHaveValue("2026-09");
    await expect(form.getByLabel("Kommentar (freiwillig)")).toHaveValue(COMMENT);
    await expect(form.getByLabel(/Ich willige ein/)).toBeChecked();

    await form.getByLabel("E-Mail-Adresse").fill(FIRST.email);
    await page.getByRole("button", { name: "Interesse bekunden" }).click();
    await expect(page.getByTestId("declaration-done")).toContainText("Wir haben Ihnen eine E-Mail mit Ihrem persönlichen Link geschickt");
    await expect(page.getByTestId("private-link")).toHaveCount(0);

    const link = await linkFromMail(FIRST.email, 1);
    expect(link.startsWith(`${A}/nachnutzung/`)).toBe(true);
    await confirmThroughLink(page, link);
    await expect(page.getByTestId("link-status")).toHaveText("Interesse");
    await context.close();
  });

  test("a second declaration of the same Kommune replaces the first once confirmed, and keeps its status", async ({ page, browser }) => {
    const errors = collectErrors(page);
    await page.goto(`${A}/leistungen/10257`);
    await fillDeclaration(page, { kreis: "15085", name: SECOND.name, email: SECOND.email, start: "2027-01" });
    await page.getByRole("button", { name: "Interesse bekunden" }).click();
    await expect(page.getByTestId("declaration-done")).toBeVisible();
    const link = await linkFromMail(SECOND.email, 1);
    await confirmThroughLink(page, link);
    await expect(page.getByTestId("link-status")).toHaveText("Interesse");
    await expect(page.getByTestId("link-contact")).toContainText(SECOND.name);
    await expectNoAxeViolations(page);

    const firstLink = await linkFromMail(FIRST.email, 1);
    await page.goto(firstLink);
    await expect(page.getByTestId("link-state")).toContainText("durch eine neuere derselben Kommune für dieselbe Leistung ersetzt");

    const staff = await staffContext(browser);
    const staffPage = await staff.newPage();
    await staffPage.goto("/verwaltung/nachnutzung?ozgId=10257");
    const rows = staffPage.getByTestId("staff-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(SECOND.name);
    await expect(staffPage.getByTestId("staff-reuse")).not.toContainText(FIRST.email);
    await staff.close();
    expect(errors).toEqual([]);
  });

  test("a declarant withdraws through the private link (two steps, both POST)", async ({ page }) => {
    await page.goto(`${A}/leistungen/10257`);
    await fillDeclaration(page, { kreis: "15003", name: THIRD.name, email: THIRD.email, start: "2026-11" });
    await page.getByRole("button", { name: "Interesse bekunden" }).click();
    await expect(page.getByTestId("declaration-done")).toBeVisible();
    const link = await linkFromMail(THIRD.email, 1);
    await confirmThroughLink(page, link);
    await page.getByRole("link", { name: "Zurückziehen …" }).click();
    await expect(page.getByTestId("confirm-withdraw")).toBeVisible();
    // The question alone changed nothing.
    await expect(page.getByTestId("link-status")).toHaveText("Interesse");
    await page.getByRole("button", { name: "Ja, zurückziehen" }).click();
    await expect(page.getByTestId("link-notice")).toContainText("Ihre Bekundung ist zurückgezogen");
    await expect(page.getByTestId("link-status")).toHaveText("zurückgezogen");
    await expect(page.getByRole("heading", { name: "Angaben ändern" })).toHaveCount(0);
  });

  test("staff move a declaration through every status with date and note; the matrix and the exports show it", async ({ browser }) => {
    const context = await staffContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto("/verwaltung/nachnutzung?ozgId=10257");
    await page.getByRole("link", { name: "Landkreis Harz" }).click();
    await expect(page.getByTestId("staff-status")).toHaveText("Interesse");
    const steps: [string, string, string][] = [
      ["in-abstimmung", "in Abstimmung", "2022-11-02"],
      ["vereinbarung", "Vereinbarung geschlossen", "2022-11-07"],
      ["angebunden", "angebunden", "2022-11-10"],
      ["in-betrieb", "in Betrieb", "2022-11-14"],
    ];
    for (const [value, label, date] of steps) {
      await page.getByLabel("Neuer Status").selectOption(value);
      await page.getByLabel("Datum").fill(date);
      await page.getByLabel("Notiz").fill(`Schritt ${label}`);
      await page.getByRole("button", { name: "Schritt speichern" }).click();
      await expect(page.getByTestId("status-saved")).toBeVisible();
      await expect(page.getByTestId("staff-status")).toHaveText(label);
    }
    const history = page.getByTestId("staff-history");
    await expect(history.locator("tbody tr").first()).toContainText("14.11.2022");
    await expect(history.locator("tbody tr").first()).toContainText("angebunden → in Betrieb");
    await expect(history).toContainText("Schritt Vereinbarung geschlossen");
    await expect(history).toContainText("redaktion@example.org");

    // A step back without a note is refused, with the reason, and nothing changes.
    await page.getByLabel("Neuer Status").selectOption("angebunden");
    await page.getByLabel("Notiz").fill("");
    await page.getByRole("button", { name: "Schritt speichern" }).click();
    await expect(page.getByTestId("form-errors")).toContainText("Ein Schritt zurück (von „in Betrieb“ auf „angebunden“) braucht eine Notiz, warum.");
    await page.reload();
    await expect(page.getByTestId("staff-status")).toHaveText("in Betrieb");

    await page.goto("/verwaltung/nachnutzung/matrix");
    const matrix = page.getByTestId("matrix");
    const harz = matrix.getByTestId("matrix-row").filter({ hasText: "Landkreis Harz" });
    await expect(harz.locator('td[data-ozg-id="10257"]')).toHaveText("in Betrieb");
    const magdeburg = matrix.getByTestId("matrix-row").filter({ hasText: "Landeshauptstadt Magdeburg" });
    await expect(magdeburg.locator('td[data-ozg-id="10257"]')).toHaveText("zurückgezogen");

    // Filter by Landkreis: only Harz is left.
    await page.getByLabel("Landkreis oder kreisfreie Stadt").selectOption("15085");
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page).toHaveURL(/kreis=15085/);
    await expect(page.getByTestId("matrix-row")).toHaveCount(1);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(csv.suggestedFilename()).toMatch(/^nachnutzung_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await csv.path(), "utf8");
    expect(text.startsWith("\uFEFFOZG-ID;Leistung;Kommune;")).toBe(true);
    expect(text).toContain(`10257;Einbürgerung;Landkreis Harz;Landkreis Harz;15085;;${SECOND.name};${SECOND.email};`);
    expect(text).toContain(";in Betrieb;14.11.2022;");
    expect(text).not.toContain("Landeshauptstadt Magdeburg");

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    const workbook = await readWorkbookRecords(new Uint8Array(readFileSync(await xlsx.path())));
    expect(workbook.ok).toBe(true);
    const cells = workbook.ok ? [...workbook.records].map((r) => r.cells) : [];
    expect(cells[1].slice(0, 3)).toEqual(["10257", "Einbürgerung", "Landkreis Harz"]);
    expect(cells[1][11]).toBe("in Betrieb");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("public pages count the statuses and name the Kommunen that reuse the service, never a contact person", async ({ page }) => {
    await page.goto(`${A}/leistungen/10257`);
    const stats = page.getByTestId("reuse-statistics");
    await expect(stats.locator('tr[data-status="in-betrieb"] td')).toHaveText("1");
    await expect(stats.locator('tr[data-status="zurueckgezogen"] td')).toHaveText("1");
    await expect(stats.locator('tr[data-status="interesse"] td')).toHaveText("0");
    await expect(page.getByTestId("reuse-kommunen")).toHaveText("Nachgenutzt von: Landkreis Harz");

    await page.goto(`${A}/kommunen`);
    await page.getByTestId("reuse-filter").click();
    await expect(page).toHaveURL(`${A}/kommunen?nachnutzung=nachgenutzt`);
    await expect(page.getByTestId("kommunen-item")).toHaveCount(1);
    await expect(page.getByTestId("kommunen-item")).toContainText("Einbürgerung");
    await expect(page.getByTestId("item-reuse")).toContainText("Nachgenutzt von: Landkreis Harz");

    await page.goto(`${A}/?nachnutzung=nachgenutzt`);
    await expect(tableRows(page)).toHaveCount(1);
    await expect(tableRows(page).first()).toHaveAttribute("data-ozg-id", "10257");
    const facet = page.getByTestId("facet").filter({ hasText: "Nachnutzung durch Kommunen" });
    await expect(facet.locator("a[data-count]").filter({ hasText: "von Kommunen nachgenutzt" })).toHaveAttribute("data-count", "1");

    const statistik = await (await page.request.get(`${A}/api/nachnutzung/statistik?ozgId=10257`)).json();
    expect(statistik).toEqual({
      ozgId: "10257",
      counts: { unbestaetigt: 0, interesse: 0, "in-abstimmung": 0, vereinbarung: 0, angebunden: 0, "in-betrieb": 1, zurueckgezogen: 1 },
      kommunen: ["Landkreis Harz"],
    });
  });

  test("a call's deadline: open with its days left on A, ended on B; a late declaration is taken and marked late", async ({ browser, page }) => {
    const staff = await staffContext(browser);
    const staffPage = await staff.newPage();
    await staffPage.goto("/verwaltung/nachnutzung/abfragen");
    await staffPage.getByLabel("Leistungen (OZG-IDs)").fill("10035, 10000");
    await staffPage.getByLabel("Frist").fill("2022-11-21");
    await staffPage.getByLabel("Text", { exact: true }).fill("Wer Unterhaltsvorschuss oder Elterngeld nachnutzen will, meldet sich bis 21. November.");
    await staffPage.getByRole("button", { name: "Abfrage anlegen" }).click();
    await expect(staffPage.getByTestId("staff-call")).toContainText("noch 5 Tage");

    await page.goto(`${A}/leistungen/10000`);
    await expect(page.getByTestId("call-state")).toHaveText("noch 5 Tage");
    // Elterngeld is not reusable by Kommunen, but the call names it: the form is there.
    await expect(page.getByTestId("declaration-form")).toBeVisible();
    await page.goto(`${A}/?ozgId=10035`);
    await expect(tableRows(page).first()).toContainText("Abfrage zur Nachnutzung: noch 5 Tage (bis 21. November 2022)");
    await page.goto(`${A}/kommunen`);
    await expect(page.getByTestId("kommunen-calls")).toContainText("Elterngeld");
    // Long lines are folded (RFC 5545 §3.1); unfold before reading.
    const ics = (await (await page.request.get(`${A}/termine.ics?ozgId=10000`)).text()).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("SUMMARY:Frist: Abfrage zur Nachnutzung – Unterhaltsvorschuss\\, Elterngeld");
    expect(ics).toContain("DTSTART;VALUE=DATE:20221121");

    // B is the other instance: it sees the call within its 5-second snapshot, and today is after the deadline.
    await expect
      .poll(
        async () => {
          await page.goto(`${B}/leistungen/10000`);
          return page.getByTestId("call-state").first().textContent({ timeout: 1000 }).catch(() => null);
        },
        { timeout: 20_000, intervals: [1000] },
      )
      .toBe("Abfrage beendet");
    await fillDeclaration(page, { kreis: "15083", name: LATE.name, email: LATE.email, start: "2027-03" });
    await page.getByRole("button", { name: "Interesse bekunden" }).click();
    const done = page.getByTestId("declaration-done");
    await expect(done).toContainText("Es wurde keine E-Mail gesendet");
    await expect(done).toContainText("als verspätet vermerkt");
    const link = await page.getByTestId("private-link").textContent();
    expect(link).toMatch(new RegExp(`^${B}/nachnutzung/[A-Za-z0-9_-]{43}$`));
    await confirmThroughLink(page, link!);

    await staffPage.goto("/verwaltung/nachnutzung?ozgId=10000");
    await expect(staffPage.getByTestId("staff-row")).toContainText("Landkreis Börde");
    await expect(staffPage.getByTestId("staff-row")).toContainText("verspätet");
    await staff.close();
  });

  test("no contact data in any public page or answer, on either instance", async ({ request }) => {
    const paths = [
      "/",
      "/?nachnutzung=nachgenutzt",
      "/?nachnutzung=interesse&nachnutzung=keine",
      "/leistungen/10257",
      "/leistungen/10000",
      "/leistungen/10035",
      "/kommunen",
      "/kommunen?nachnutzung=nachgenutzt",
      "/aktuelles",
      "/ressorts",
      "/ressorts/MI",
      "/aenderungen",
      "/daten",
      "/datenschutz",
      "/api/leistungen?size=500",
      "/api/leistungen?ozgId=10257&ozgId=10000",
      "/api/export?ozgId=10257",
      "/api/aenderungen",
      "/api/nachnutzung/statistik?ozgId=10257",
      "/api/nachnutzung/statistik?ozgId=10000",
      "/api/openapi.json",
      "/feeds/aktuelles.atom",
      "/feeds/aenderungen.atom",
      "/termine.ics",
      "/daten/dcat.jsonld",
    ];
    for (const base of [A, B]) {
      for (const path of paths) {
        const response = await request.get(`${base}${path}`);
        expect(response.status(), `${base}${path}`).toBe(200);
        const body = (await response.text()).toLowerCase();
        for (const secret of SECRETS) expect(body, `${base}${path} must not contain „${secret}“`).not.toContain(secret.toLowerCase());
      }
      // The staff API answers nothing without a token, the staff pages nothing without a session.
      const api = await request.get(`${base}/api/nachnutzung`);
      expect(api.status()).toBe(401);
      const staffPage = await request.get(`${base}/verwaltung/nachnutzung`);
      const html = (await staffPage.text()).toLowerCase();
      for (const secret of SECRETS) expect(html).not.toContain(secret.toLowerCase());
    }
  });

  test("the service page with the form and the staff list have no accessibility violations", async ({ browser, page }) => {
    await page.goto(`${A}/leistungen/10035`);
    await expectNoAxeViolations(page);
    const staff = await staffContext(browser);
    const staffPage = await staff.newPage();
    await staffPage.goto("/verwaltung/nachnutzung");
    await expectNoAxeViolations(staffPage);
    await staff.close();
  });
});
