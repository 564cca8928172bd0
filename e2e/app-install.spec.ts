import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";

test.describe("The installed app", () => {
  test("/favicon.ico is an icon, not a page", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    const body = await response.body();
    // ICONDIR: reserved 0, type 1 (icon), at least one image.
    expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
    expect(body.readUInt16LE(4)).toBeGreaterThanOrEqual(1);
    expect(body.length).toBeLessThan(20_000);
  });

  test("the manifest has a maskable icon and opens the Übersicht", async ({ request, page }) => {
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    const maskable = manifest.icons.filter((i: { purpose?: string }) => i.purpose?.split(" ").includes("maskable"));
    expect(maskable.map((i: { sizes: string }) => i.sizes)).toContain("512x512");
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"], icon.src).toBe(icon.type);
    }
    expect(manifest.display).toBe("standalone");
    await page.goto(manifest.start_url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nachnutzungsübersicht der OZG-Leistungen");
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Übersicht" })).toHaveAttribute("aria-current", "page");
  });

  test("Chromium finds nothing that stops the installation", async ({ baseURL }) => {
    // A profile of its own: Chromium never offers installation in an incognito (throwaway) context.
    const profile = await mkdtemp(path.join(os.tmpdir(), "install-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/`);
    const cdp = await context.newCDPSession(page);
    const { url, errors } = await cdp.send("Page.getAppManifest");
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
    const installability = (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors;
    expect(installability).toEqual([]);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
});
