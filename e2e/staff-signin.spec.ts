/**
 * Sign-in, sign-out, the accounts page, the record page and GET /api/protokoll (issue 12,
 * docs/verwaltung.md), on the staff server (e2e/staff-env.ts). The main server has no
 * SESSION_SECRET: there the staff area is off. The per-address throttle counts X-Forwarded-For
 * (a single address, no TRUST_PROXY): each browser test below signs in from its own address, so
 * the throttle test cannot lock out the others.
 */
import { type Browser, type Page, expect, test } from "@playwright/test";
import { collectErrors, expectNoAxeViolations } from "./helpers";
import { STAFF_ACCOUNTS, STAFF_BASE_URL, staffCredentials } from "./staff-env";
import { bearer, signedInContext } from "./staff-helpers";

test.describe.configure({ mode: "serial" });

const WRONG = "E-Mail-Adresse oder Passwort ist falsch.";
const THROTTLED = /Zu viele fehlgeschlagene Anmeldeversuche\. Bitte versuchen Sie es in \d+ Minuten? erneut\./;

async function contextFrom(browser: Browser, address: string, javaScriptEnabled = true) {
  return browser.newContext({ baseURL: STAFF_BASE_URL, extraHTTPHeaders: { "X-Forwarded-For": address }, javaScriptEnabled });
}

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-Mail", { exact: true }).fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
}

test("without SESSION_SECRET the staff area is off and says so, without a form", async ({ page }) => {
  const response = await page.goto("/anmelden");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("staff-area-off")).toHaveText("Der Verwaltungsbereich ist ausgeschaltet: Die Umgebungsvariable SESSION_SECRET ist nicht gesetzt.");
  await expect(page.getByLabel("Passwort", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Anmelden" })).toHaveCount(0);
  expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
  await page.goto("/verwaltung/protokoll");
  await expect(page.getByTestId("staff-gate")).toContainText("Die Umgebungsvariable SESSION_SECRET ist nicht gesetzt.");
  await expect(page.getByTestId("record-table")).toHaveCount(0);
});

test("signing in through the form opens the staff area at „weiter“; signing out ends the session", async ({ browser }) => {
  const { email, password } = staffCredentials("anmeldung");
  const context = await contextFrom(browser, "198.51.100.10");
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto("/anmelden?weiter=/verwaltung/protokoll");
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillSignIn(page, email, password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(`${STAFF_BASE_URL}/verwaltung/protokoll`);
  await expect(page.getByTestId("signed-in-as")).toContainText(email);
  const cookie = (await context.cookies()).find((c) => c.name === "sitzung");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);

  // A second visit of the sign-in page knows it.
  await page.goto("/anmelden");
  await expect(page.getByTestId("already-signed-in")).toContainText(`Sie sind bereits angemeldet als ${email}`);
  await page.getByRole("link", { name: "Weiter zur Verwaltung" }).click();
  await expect(page).toHaveURL(`${STAFF_BASE_URL}/verwaltung`);

  await page.goto("/verwaltung/protokoll");
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(`${STAFF_BASE_URL}/anmelden?abgemeldet=1`);
  await expect(page.getByTestId("signed-out")).toHaveText("Sie sind abgemeldet.");
  expect((await context.cookies()).find((c) => c.name === "sitzung")).toBeUndefined();
  // (404s aside: the navigation prefetches sections built elsewhere, such as /verwaltung itself.)
  expect(errors.filter((e) => !e.includes("status of 404"))).toEqual([]);

  // The old cookie opens nothing any more.
  const replay = await browser.newContext({ baseURL: STAFF_BASE_URL });
  await replay.addCookies([{ name: "sitzung", value: cookie!.value, url: STAFF_BASE_URL }]);
  const again = await replay.newPage();
  await again.goto("/verwaltung/protokoll");
  await expect(again.getByTestId("staff-gate")).toContainText("melden Sie sich an");
  await replay.close();

  // Signed in again, an outside „weiter“ leads to /verwaltung instead.
  await page.goto("/anmelden?weiter=https://boese.example/verwaltung");
  await fillSignIn(page, email, password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(`${STAFF_BASE_URL}/verwaltung`);
  await context.close();
});

test("sign-out refuses a form of another site", async ({ request }) => {
  const response = await request.post(`${STAFF_BASE_URL}/abmelden`, {
    headers: { Origin: "https://boese.example", "Sec-Fetch-Site": "cross-site", "Content-Type": "application/x-www-form-urlencoded" },
    data: "",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("Die Anfrage kam nicht von dieser Website");
});

test("a wrong password is refused in German; after 5 failures the sixth try, also with the right password, is 429", async ({ browser }) => {
  const { email, password } = staffCredentials("drossel");
  const context = await contextFrom(browser, "198.51.100.66");
  const page = await context.newPage();
  await page.goto("/anmelden?weiter=/verwaltung/protokoll");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await fillSignIn(page, email, `falsches-passwort-${attempt}`);
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/anmelden");
    await page.getByRole("button", { name: "Anmelden" }).click();
    expect((await answer).status()).toBe(200);
    await expect(page.getByTestId("sign-in-error")).toHaveText(WRONG);
    // The address stays in its field, the password does not.
    await expect(page.getByLabel("E-Mail", { exact: true })).toHaveValue(email);
    await expect(page.getByLabel("Passwort", { exact: true })).toHaveValue("");
  }
  await fillSignIn(page, email, password);
  const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/anmelden");
  await page.getByRole("button", { name: "Anmelden" }).click();
  const throttled = await answer;
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByTestId("sign-in-error")).toHaveText(THROTTLED);
  await expect(page).toHaveURL(/\/anmelden/);
  expect((await context.cookies()).find((c) => c.name === "sitzung")).toBeUndefined();
  await context.close();

  // Without JavaScript the rendered page itself answers 429 (the account is throttled from any address).
  const plain = await contextFrom(browser, "198.51.100.67", false);
  const noScript = await plain.newPage();
  await noScript.goto("/anmelden");
  await fillSignIn(noScript, email, password);
  const page429 = noScript.waitForResponse((r) => r.request().method() === "POST");
  await noScript.getByRole("button", { name: "Anmelden" }).click();
  const response = await page429;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(noScript.getByTestId("sign-in-error")).toHaveText(THROTTLED);
  await plain.close();
});

test("an admin adds an account and an API token (shown once) and revokes it; redaktion may not", async ({ browser }) => {
  const context = await signedInContext(browser, "admin");
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto("/verwaltung/konten");
  await expect(page.getByRole("heading", { level: 1, name: "Konten" })).toBeVisible();
  await expect(page.getByTestId("accounts-table")).toContainText(STAFF_ACCOUNTS.admin.email);
  await expectNoAxeViolations(page);

  const add = page.getByTestId("add-account-form");
  await add.getByLabel("E-Mail-Adresse").fill("Neu.Konto@e2e.example");
  await add.getByLabel("Rolle").selectOption("redaktion");
  await add.getByLabel("Passwort", { exact: true }).fill("ein-neues-passwort-123");
  await add.getByLabel("Passwort wiederholen").fill("ein-anderes-passwort-123");
  await add.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(add).toContainText("Die beiden Passwörter stimmen nicht überein.");
  await expect(add.getByLabel("E-Mail-Adresse")).toHaveValue("Neu.Konto@e2e.example");
  await add.getByLabel("Passwort", { exact: true }).fill("kurz");
  await add.getByLabel("Passwort wiederholen").fill("kurz");
  await add.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(add).toContainText("Das Passwort muss mindestens 12 Zeichen lang sein");
  await add.getByLabel("Passwort", { exact: true }).fill("ein-neues-passwort-123");
  await add.getByLabel("Passwort wiederholen").fill("ein-neues-passwort-123");
  await add.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(add.getByTestId("konten-erledigt")).toHaveText("Das Konto neu.konto@e2e.example (redaktion) ist angelegt.");
  await expect(page.getByTestId("accounts-table").locator('tr[data-email="neu.konto@e2e.example"]')).toContainText("redaktion");

  const create = page.getByTestId("create-token-form");
  await create.getByLabel("Konto").selectOption("neu.konto@e2e.example");
  await create.getByLabel("Name (freiwillig)").fill("e2e-skript");
  await create.getByRole("button", { name: "Token anlegen" }).click();
  await expect(create.getByTestId("new-token")).toContainText("kann nicht erneut angezeigt werden");
  const token = (await create.getByTestId("new-token-value").textContent())!.trim();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("tokens-table").locator("tr", { hasText: "e2e-skript" });
  await expect(row).toContainText("neu.konto@e2e.example");
  await expect(row).toContainText("noch nie");

  // The token works for the record API (role redaktion) …
  const api = await context.request.get(`${STAFF_BASE_URL}/api/protokoll?action=konto&limit=5`, { headers: { Authorization: `Bearer ${token}` } });
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { entries: { actor: string; details: { event: string; email: string } }[] };
  expect(body.entries[0]).toMatchObject({ actor: STAFF_ACCOUNTS.admin.email, details: { event: "token-angelegt", email: "neu.konto@e2e.example" } });

  // … is never shown again …
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  // … and, revoked, no longer works.
  const revoke = page.getByRole("button", { name: "Token „e2e-skript“ von neu.konto@e2e.example widerrufen" });
  await revoke.click();
  await expect(revoke).toHaveCount(0);
  await expect(page.getByTestId("tokens-table").locator("tr", { hasText: "e2e-skript" }).locator("td").last()).toContainText(`von ${STAFF_ACCOUNTS.admin.email}`);
  expect((await context.request.get(`${STAFF_BASE_URL}/api/protokoll`, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

  // Removing needs the confirmation; the own account cannot be removed here.
  const change = page.locator('[data-testid="account-change"][data-email="neu.konto@e2e.example"]');
  await change.locator("summary").click();
  await change.getByRole("button", { name: "Konto entfernen" }).click();
  await expect(change).toContainText("Bitte bestätigen Sie, dass das Konto neu.konto@e2e.example entfernt werden soll.");
  await change.getByLabel(/Ja, das Konto neu\.konto@e2e\.example/).check();
  await change.getByRole("button", { name: "Konto entfernen" }).click();
  await expect(page.getByTestId("accounts-table").locator('tr[data-email="neu.konto@e2e.example"]')).toHaveCount(0);
  const own = page.locator(`[data-testid="account-change"][data-email="${STAFF_ACCOUNTS.admin.email}"]`);
  // (CSS, not a role: the closed <details> hides its content from roles.)
  await expect(own.locator("button", { hasText: "Konto entfernen" })).toHaveCount(0);
  await expect(own.locator("button", { hasText: "Passwort setzen" })).toHaveCount(1);
  expect(errors.filter((e) => !e.includes("status of 404"))).toEqual([]);
  await context.close();

  const redaktion = await signedInContext(browser, "redaktion");
  const other = await redaktion.newPage();
  await other.goto("/verwaltung/konten");
  await expect(other.getByTestId("staff-gate")).toContainText("Diese Seite ist Konten mit der Rolle „admin“ vorbehalten.");
  await expect(other.getByTestId("add-account-form")).toHaveCount(0);
  await redaktion.close();
});

test("the record shows the sign-ins and failures, filters by action through the URL, and exports", async ({ browser }) => {
  const context = await signedInContext(browser, "redaktion");
  const page = await context.newPage();
  await page.goto("/verwaltung/protokoll");
  await expect(page.getByRole("heading", { level: 1, name: "Protokoll" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Aktion").selectOption("anmeldung-fehlgeschlagen");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/[?&]action=anmeldung-fehlgeschlagen/);
  const failures = page.getByTestId("record-entry");
  await expect(failures).toHaveCount(5);
  await expect(failures.first()).toContainText("Anmeldung fehlgeschlagen");
  await expect(failures.first()).toContainText("falsches Passwort");
  await expect(failures.first()).toContainText(STAFF_ACCOUNTS.drossel.email);
  await expect(page.getByTestId("record-count")).toHaveText("5 Einträge passen zum Filter.");

  await page.goto(`/verwaltung/protokoll?action=anmeldung&actor=${encodeURIComponent(STAFF_ACCOUNTS.anmeldung.email)}`);
  await expect(page.getByTestId("record-entry")).toHaveCount(2);
  await expect(page.getByTestId("record-entry").first()).toContainText("Anmeldung");
  await expect(page.getByTestId("record-entry").first()).toContainText(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}/);

  await page.goto("/verwaltung/protokoll?von=gestern");
  await expect(page.getByTestId("record-problems")).toContainText("„von“ muss ein Datum (JJJJ-MM-TT)");

  const csv = await context.request.get(`${STAFF_BASE_URL}/verwaltung/protokoll/export?format=csv&action=anmeldung-fehlgeschlagen`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="protokoll_\d{4}-\d{2}-\d{2}\.csv"/);
  const text = (await csv.body()).toString("utf8");
  expect(text.startsWith("\uFEFFNr.;Zeit (Europe/Berlin);Wer;Aktion;")).toBe(true);
  expect(text.split("\r\n").filter(Boolean)).toHaveLength(6);
  expect(text).toContain("Anmeldung fehlgeschlagen");
  const xlsx = await context.request.get(`${STAFF_BASE_URL}/verwaltung/protokoll/export?format=xlsx`);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  await context.close();

  // Without a session the export opens nothing.
  const anonymous = await browser.newContext({ baseURL: STAFF_BASE_URL });
  expect((await anonymous.request.get(`${STAFF_BASE_URL}/verwaltung/protokoll/export?format=csv`)).status()).toBe(401);
  await anonymous.close();
});

test("GET /api/protokoll with a token gives the record, without one 401", async ({ request }) => {
  const response = await request.get(`${STAFF_BASE_URL}/api/protokoll?limit=1000`, { headers: bearer("admin") });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { entries: { at: string; actor: string; action: string; details: Record<string, unknown> }[] };
  const failure = body.entries.find((e) => e.action === "anmeldung-fehlgeschlagen");
  expect(failure).toMatchObject({ actor: STAFF_ACCOUNTS.drossel.email, details: { email: STAFF_ACCOUNTS.drossel.email, reason: "falsches-passwort" } });
  expect(body.entries.some((e) => e.action === "anmeldung" && e.actor === STAFF_ACCOUNTS.anmeldung.email)).toBe(true);
  const times = body.entries.map((e) => e.at);
  expect([...times].sort().reverse()).toEqual(times);

  const anonymous = await request.get(`${STAFF_BASE_URL}/api/protokoll`);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["www-authenticate"]).toMatch(/^Bearer /);
  expect(((await anonymous.json()) as { error: string }).error).toContain("API-Token");
  const bad = await request.get(`${STAFF_BASE_URL}/api/protokoll?limit=5000`, { headers: bearer("admin") });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("„limit“ muss eine ganze Zahl von 1 bis 1000 sein");
});
