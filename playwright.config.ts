import { defineConfig, devices } from "@playwright/test";

/** E2E_PORT lets several checkouts run their browser tests side by side (each uses PORT, PORT + 1 and PORT + 2). */
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // Not npx: one PID owns the server, so Playwright can stop it cleanly.
      command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { DATA_DIR: process.env.E2E_DATA_DIR ?? "data", NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // The same build on a deliberately broken data folder: the error page and 503s.
      command: `node_modules/.bin/next start -p ${PORT + 1} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT + 1}/impressum`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { DATA_DIR: "e2e/fixtures/broken-data", NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // The newest Stand cannot be read (its path is a folder; see the fixture's README): German 503s.
      command: `node_modules/.bin/next start -p ${PORT + 2} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT + 2}/impressum`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { DATA_DIR: "e2e/fixtures/unreadable-stand", NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
