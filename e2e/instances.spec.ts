/**
 * Several instances on one PostgreSQL, no shared disk (issue "many instances"): a Stand published
 * or withdrawn through one instance is served by the other within 2 seconds; an instance whose
 * database does not answer keeps serving its public pages. Needs TEST_DATABASE_URL (CI sets it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { INSTANCE_A_PORT, INSTANCE_B_PORT, INSTANCE_C_PORT, INSTANCE_DIRS, TEST_DATABASE_URL } from "./instances-env";

const A = `http://127.0.0.1:${INSTANCE_A_PORT}`;
const B = `http://127.0.0.1:${INSTANCE_B_PORT}`;
const C = `http://127.0.0.1:${INSTANCE_C_PORT}`;

if (!TEST_DATABASE_URL) console.warn("Mehrere Instanzen: PostgreSQL-Test übersprungen, TEST_DATABASE_URL ist nicht gesetzt (z. B. postgres://postgres@127.0.0.1:5432/test).");

test.describe.configure({ mode: "serial" });

test.describe("Instances sharing one PostgreSQL", () => {
  test.skip(!TEST_DATABASE_URL, "TEST_DATABASE_URL ist nicht gesetzt: ohne PostgreSQL gibt es nur eine Instanz.");

  const token = () => (JSON.parse(readFileSync(path.join(INSTANCE_DIRS.a, "e2e-credentials.json"), "utf8")) as Record<string, { token: string }>).admin.token;
  const newestStand = async (base: string, request: import("@playwright/test").APIRequestContext) =>
    ((await (await request.get(`${base}/api/leistungen?size=1`)).json()) as { stand: string }).stand;

  /** Polls until `base` serves `stand` as the newest; returns the milliseconds it took. */
  async function servedWithin(base: string, stand: string, request: import("@playwright/test").APIRequestContext): Promise<number> {
    const start = Date.now();
    while (Date.now() - start < 5_000) {
      if ((await newestStand(base, request)) === stand) return Date.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Infinity;
  }

  test("the second instance, started with an empty data folder, serves the Stände from the database", async ({ request }) => {
    expect(await newestStand(B, request)).toBe("2022-10-28");
    const stande = await request.get(`${B}/api/leistungen?stand=2022-09-30&size=1`);
    expect(stande.status()).toBe(200);
  });

  test("a Stand published through one instance's API is served by the other within 2 seconds", async ({ request }) => {
    const sample = readFileSync(path.resolve("data/uebersicht/2022-10-28.csv"));
    const published = await request.post(`${A}/api/staende?stand=2022-11-30`, {
      headers: { Authorization: `Bearer ${token()}`, "Content-Type": "text/csv" },
      data: sample,
    });
    expect(published.status()).toBe(201);
    expect(await servedWithin(A, "2022-11-30", request)).toBeLessThan(500);
    expect(await servedWithin(B, "2022-11-30", request)).toBeLessThanOrEqual(2_000);
  });

  test("a Stand withdrawn through one instance disappears from the other within 2 seconds", async ({ request }) => {
    const withdrawn = await request.post(`${B}/api/staende/2022-11-30/zurueckziehen`, {
      headers: { Authorization: `Bearer ${token()}` },
      data: { grund: "Test mehrerer Instanzen" },
    });
    expect(withdrawn.status()).toBe(200);
    expect(await servedWithin(A, "2022-10-28", request)).toBeLessThanOrEqual(2_000);
    expect(await servedWithin(B, "2022-10-28", request)).toBeLessThan(500);
    expect((await request.get(`${A}/api/leistungen?stand=2022-11-30`)).status()).toBe(400);
  });

  test("an instance whose PostgreSQL does not answer keeps its public pages answering", async ({ request }) => {
    const page = await request.get(`${C}/`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain("28.10.2022");
    expect(await newestStand(C, request)).toBe("2022-10-28");
    // A write that needs the database fails with a clear message instead of half-writing.
    const refused = await request.post(`${C}/api/staende?stand=2022-12-31`, { headers: { Authorization: "Bearer irgendein-token" }, data: "x" });
    expect(refused.status()).toBe(503);
    expect((await refused.json()).error).toBe("Die Datenbank antwortet nicht; bitte später erneut versuchen.");
  });
});
