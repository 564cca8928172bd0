import { type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

/** Every page of the app (the dashboard filtered, and a service with a deadline and a history). */
const PAGES = [
  "/",
  "/?themenfeld=Bildung&phase=Betrieb&q=schul&geaendertSeit=2022-09-30",
  "/?diagramme=aus&ressort=MI",
  "/leistungen/10257",
  "/leistungen/10000",
  "/kommunen",
  "/ressorts",
  "/ressorts/MI",
  "/aenderungen",
  "/aktuelles",
  "/aktuelles/einbuergerung-nachnutzung",
  "/daten",
  "/pruefen",
  "/glossar",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
];

/** Opens what a user can open on the dashboard: the phone's filter panel, every facet and its „weitere“, the column and feed choices. */
async function openEverything(page: Page, phone: boolean) {
  if (phone) await page.getByTestId("filter-open").click();
  await page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>("main details")) d.open = true;
  });
}

for (const size of [
  { name: "1366×768", width: 1366, height: 768, phone: false },
  { name: "390×844", width: 390, height: 844, phone: true },
]) {
  test.describe(`axe (WCAG 2.1 AA) at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const url of PAGES) {
      test(`${url}`, async ({ page }) => {
        await page.goto(url);
        if (url.startsWith("/?") || url === "/") await openEverything(page, size.phone);
        await expectNoAxeViolations(page);
      });
    }
  });
}
