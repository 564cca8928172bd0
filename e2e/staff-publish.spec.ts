/**
 * Publishing from the staff area and the API (issue "staff workspace"): an invalid upload changes
 * nothing, a valid one shows its changes and once published is what `/` and the API serve; a
 * withdrawn Stand disappears; two simultaneous publishes of one Stand give 201 and 409; every
 * step is in the record. Runs on the staff server (e2e/staff-env.ts), one test after the other.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { expectNoAxeViolations } from "./helpers";
import { STAFF_BASE_URL, STAFF_DATA_DIR, staffCredentials } from "./staff-env";
import { bearer, signedInContext } from "./staff-helpers";

const BROKEN = path.resolve("e2e/fixtures/broken-data/uebersicht/2022-10-28.csv");
const NEWEST_SAMPLE = path.resolve("data/uebersicht/2022-10-28.csv");
const UEBERSICHT = path.join(STAFF_DATA_DIR, "uebersicht");

/** The sample's newest Stand without its last service: one service „entfallen“ against it. */
function sampleWithoutLastRow(): Buffer {
  const lines = readFileSync(NEWEST_SAMPLE, "utf8").replace(/\r?\n$/, "").split(/\r?\n/);
  return Buffer.from(`${lines.slice(0, -1).join("\r\n")}\r\n`, "utf8");
}

/** The published files, byte for byte (the derived snapshots in .index/ are rebuilt from them at any time). */
function folderBytes(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(UEBERSICHT, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [entry.name, readFileSync(path.join(UEBERSICHT, entry.name)).toString("base64")]),
  );
}

function recordEntries(action: string): { actor: string; details: Record<string, unknown> }[] {
  const db = new Database(path.join(STAFF_DATA_DIR, "app.db"), { readonly: true });
  try {
    return (db.prepare("select actor, details from protokoll where action = ? order by id").all(action) as { actor: string; details: string }[]).map((row) => ({
      actor: row.actor,
      details: JSON.parse(row.details),
    }));
  } finally {
    db.close();
  }
}

test.describe.configure({ mode: "serial" });

test.describe("Publishing a Stand", () => {
  test("the staff area is off on a server without SESSION_SECRET", async ({ page }) => {
    await page.goto("/verwaltung");
    await expect(page.getByTestId("staff-gate")).toContainText("SESSION_SECRET ist nicht gesetzt");
    await page.goto("/verwaltung/staende");
    await expect(page.getByTestId("staff-gate")).toContainText("ausgeschaltet");
  });

  test("without a session the pages ask to sign in", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: STAFF_BASE_URL });
    const page = await context.newPage();
    await page.goto("/verwaltung");
    await expect(page.getByTestId("staff-gate").getByRole("link", { name: "melden Sie sich an" })).toHaveAttribute("href", "/anmelden?weiter=%2Fverwaltung");
    await context.close();
  });

  test("an invalid upload shows its rows and changes nothing in the data folder, byte for byte", async ({ browser }) => {
    const context = await signedInContext(browser, "redaktion");
    const page = await context.newPage();
    const before = folderBytes();
    await page.goto("/verwaltung");
    await expect(page.getByTestId("signed-in-as")).toContainText("redaktion@e2e.example");
    await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV, höchstens 25 MB)").setInputFiles(BROKEN);
    await page.getByLabel("Stand (Datum)").fill("2023-01-31");
    await page.getByRole("button", { name: "Prüfen" }).click();
    await expect(page.getByTestId("publish-report")).toContainText("Nicht veröffentlicht");
    await expect(page.getByTestId("upload-problems").first().locator("tbody tr")).toHaveCount(2);
    await expect(page.getByTestId("upload-problems").first().locator("tbody tr").first()).toContainText("Umsetzen");
    expect(folderBytes()).toEqual(before);
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("a valid upload shows its changes and, once published, is what / and /api/leistungen serve", async ({ browser, request }) => {
    // An anonymous reader's / comes from the page cache once rendered (lib/http/page-cache.ts) …
    await request.get(`${STAFF_BASE_URL}/`);
    const cached = await request.get(`${STAFF_BASE_URL}/`);
    expect(cached.headers()["x-seiten-cache"]).toBe("treffer");
    expect(await cached.text()).not.toContain("31.01.2023");
    const context = await signedInContext(browser, "redaktion");
    const page = await context.newPage();
    await page.goto("/verwaltung");
    await page.getByLabel("Datei (Excel-Arbeitsmappe oder CSV, höchstens 25 MB)").setInputFiles({ name: "neuer-stand.csv", mimeType: "text/csv", buffer: sampleWithoutLastRow() });
    await page.getByLabel("Stand (Datum)").fill("2023-01-31");
    await page.getByRole("button", { name: "Prüfen" }).click();
    await expect(page.getByTestId("draft-review")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Änderungen gegenüber dem Stand vom 28. Oktober 2022" })).toBeVisible();
    await expect(page.getByTestId("draft-counts")).toHaveText(/0 neu\s*1 entfallen\s*0 geändert/);
    await expect(page.getByTestId("draft-changes").locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId("draft-changes").locator("tbody tr").first()).toContainText("Entfallen");
    // The filter narrows the list (a field filter shows changed services only).
    await page.getByLabel("Geändertes Feld").selectOption("phase");
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page.getByText("0 Änderungen passen zum Filter.")).toBeVisible();
    await expectNoAxeViolations(page);
    // Nothing is published before the button.
    expect(readdirSync(UEBERSICHT)).not.toContain("2023-01-31.csv");

    // A date that exists is refused with a German message.
    await page.getByLabel("Stand (Datum)").fill("2022-10-28");
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(page.locator("#publish-error")).toContainText("Der Stand 2022-10-28 ist bereits veröffentlicht");

    await page.getByLabel("Stand (Datum)").fill("2023-01-31");
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(page).toHaveURL(/\/verwaltung\/staende\?erledigt=veroeffentlicht&stand=2023-01-31$/);
    await expect(page.getByTestId("staende-done")).toHaveText("Der Stand 2023-01-31 ist veröffentlicht und ab sofort aktuell.");
    await expectNoAxeViolations(page);

    const api = await request.get(`${STAFF_BASE_URL}/api/leistungen?size=1`);
    expect(api.status()).toBe(200);
    const body = await api.json();
    expect(body.stand).toBe("2023-01-31");
    expect(body.total).toBe(185);
    // … and a publication is in the very next answer: the cached page is not served any more.
    const home = await request.get(`${STAFF_BASE_URL}/`);
    expect(home.headers()["x-seiten-cache"]).toBeUndefined();
    expect(await home.text()).toContain("31.01.2023");

    const published = recordEntries("veroeffentlichung").find((e) => e.details.stand === "2023-01-31");
    expect(published?.actor).toBe("redaktion@e2e.example");
    expect(published?.details).toMatchObject({ rows: 185, fileName: "neuer-stand.csv", added: 0, removed: 1, changed: 0, against: "2022-10-28" });
    expect(published?.details.sha256).toMatch(/^[0-9a-f]{64}$/);
    await context.close();
  });

  test("a withdrawn Stand disappears from the public pages and the Stand list; an admin restores it", async ({ browser, request }) => {
    // The file stays as it is; only the record changes – the cached / must go all the same.
    await request.get(`${STAFF_BASE_URL}/`);
    const cached = await request.get(`${STAFF_BASE_URL}/`);
    expect(cached.headers()["x-seiten-cache"]).toBe("treffer");
    expect(await cached.text()).toContain("31.01.2023");
    const context = await signedInContext(browser, "redaktion");
    const page = await context.newPage();
    await page.goto("/verwaltung/staende");
    const row = page.locator('tr[data-stand="2023-01-31"]');
    await row.getByRole("button", { name: "Zurückziehen" }).click();
    await expect(row.getByRole("alert")).toContainText("Bitte geben Sie einen Grund");
    await row.getByLabel("Grund des Rückzugs").fill("Falsche Datei hochgeladen");
    await row.getByRole("button", { name: "Zurückziehen" }).click();
    await expect(page.getByTestId("staende-done")).toContainText("Der Stand 2023-01-31 ist zurückgezogen");
    await expect(page.locator('tr[data-stand="2023-01-31"]')).toContainText("Falsche Datei hochgeladen");
    // A redaktion account cannot restore.
    await expect(page.locator('tr[data-stand="2023-01-31"]').getByRole("button", { name: "Wiederherstellen" })).toHaveCount(0);

    expect((await (await request.get(`${STAFF_BASE_URL}/api/leistungen?size=1`)).json()).stand).toBe("2022-10-28");
    const asked = await request.get(`${STAFF_BASE_URL}/api/leistungen?stand=2023-01-31`);
    expect(asked.status()).toBe(400);
    expect(await (await request.get(`${STAFF_BASE_URL}/`)).text()).not.toContain("31.01.2023");
    // Never deleted: the file is still in the data folder.
    expect(readdirSync(UEBERSICHT)).toContain("2023-01-31.csv");
    await context.close();

    const admin = await signedInContext(browser, "admin");
    const adminPage = await admin.newPage();
    await adminPage.goto("/verwaltung/staende");
    await adminPage.locator('tr[data-stand="2023-01-31"]').getByRole("button", { name: "Wiederherstellen" }).click();
    await expect(adminPage.getByTestId("staende-done")).toContainText("Der Stand 2023-01-31 ist wiederhergestellt");
    expect((await (await request.get(`${STAFF_BASE_URL}/api/leistungen?size=1`)).json()).stand).toBe("2023-01-31");
    await admin.close();

    const steps = recordEntries("rueckzug").filter((e) => e.details.stand === "2023-01-31");
    expect(steps.map((e) => [e.actor, e.details.event])).toEqual([
      ["redaktion@e2e.example", "zurueckgezogen"],
      ["admin@e2e.example", "wiederhergestellt"],
    ]);
    expect(steps[0].details.reason).toBe("Falsche Datei hochgeladen");
  });

  test("the API: two simultaneous publishes of one Stand give one 201 and one 409; errors are precise", async ({ request }) => {
    const file = sampleWithoutLastRow();
    const post = (stand: string, headers: Record<string, string> = bearer("redaktion"), data: Buffer = file) =>
      request.post(`${STAFF_BASE_URL}/api/staende?stand=${stand}`, { headers: { ...headers, "Content-Type": "text/csv" }, data });
    const [a, b] = await Promise.all([post("2023-02-28"), post("2023-02-28")]);
    expect([a.status(), b.status()].sort()).toEqual([201, 409]);
    const created = (a.status() === 201 ? a : b).json();
    expect(await created).toMatchObject({ stand: "2023-02-28", rows: 185, changes: { added: 0, removed: 0, changed: 0 } });
    expect((await (a.status() === 409 ? a : b).json()).error).toBe("Der Stand 2023-02-28 ist bereits veröffentlicht und wird nicht überschrieben.");
    expect(recordEntries("veroeffentlichung").filter((e) => e.details.stand === "2023-02-28")).toHaveLength(1);

    const noToken = await post("2023-03-31", {});
    expect(noToken.status()).toBe(401);
    expect(noToken.headers()["www-authenticate"]).toContain("Bearer");
    expect((await post("2023-03-31", { Authorization: "Bearer falsch" })).status()).toBe(401);
    const invalid = await post("2023-03-31", bearer("redaktion"), readFileSync(BROKEN));
    expect(invalid.status()).toBe(422);
    const problems = await invalid.json();
    expect(problems.errors).toHaveLength(2);
    expect(problems.errors[0]).toMatchObject({ row: 3, column: "Phase", value: "Umsetzen" });
    expect(readdirSync(UEBERSICHT)).not.toContain("2023-03-31.csv");
    expect((await request.post(`${STAFF_BASE_URL}/api/staende?stand=morgen`, { headers: bearer("redaktion"), data: file })).status()).toBe(400);

    const withdrawn = await request.post(`${STAFF_BASE_URL}/api/staende/2023-02-28/zurueckziehen`, { headers: bearer("admin"), data: { grund: "Doppelt veröffentlicht" } });
    expect(withdrawn.status()).toBe(200);
    expect((await (await request.get(`${STAFF_BASE_URL}/api/leistungen?size=1`)).json()).stand).toBe("2023-01-31");
    const again = await request.post(`${STAFF_BASE_URL}/api/staende/2023-02-28/zurueckziehen`, { headers: bearer("admin"), data: { grund: "noch einmal" } });
    expect(again.status()).toBe(409);
    // The withdrawn date stays taken.
    expect((await post("2023-02-28")).status()).toBe(409);
    expect(staffCredentials("redaktion").email).toBe("redaktion@e2e.example");
  });
});
