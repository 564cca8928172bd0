import { defineConfig, devices } from "@playwright/test";
import {
  INSTANCES_DATABASE,
  INSTANCES_ROOT,
  INSTANCE_A_PORT,
  INSTANCE_B_PORT,
  INSTANCE_C_PORT,
  INSTANCE_DIRS,
  TEST_DATABASE_URL,
  instancesDatabaseUrl,
  unreachableDatabaseUrl,
} from "./e2e/instances-env";
import { STAFF_DATA_DIR, STAFF_PORT, STAFF_SESSION_SECRET } from "./e2e/staff-env";
import { REUSE_DATA_DIR, REUSE_LATE_PORT, REUSE_LATE_TODAY, REUSE_PORT, REUSE_SESSION_SECRET, REUSE_TODAY, SMTP_PORT } from "./e2e/reuse-env";

/** E2E_PORT lets several checkouts run their browser tests side by side (each uses PORT to PORT + 10). */
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Several instances on one PostgreSQL (e2e/instances.spec.ts): only where TEST_DATABASE_URL is set. */
const instanceServers = TEST_DATABASE_URL
  ? [
      {
        command: `node e2e/fixtures/prepare-instances-data.mjs ${INSTANCES_ROOT} ${TEST_DATABASE_URL} ${INSTANCES_DATABASE} && exec node_modules/.bin/next start -p ${INSTANCE_A_PORT} -H 127.0.0.1`,
        url: `http://127.0.0.1:${INSTANCE_A_PORT}/impressum`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: { DATA_DIR: INSTANCE_DIRS.a, DATABASE_URL: instancesDatabaseUrl(), NEXT_TELEMETRY_DISABLED: "1" },
      },
      {
        // Started after A (Playwright starts web servers in order): its Stände come from the database.
        command: `node_modules/.bin/next start -p ${INSTANCE_B_PORT} -H 127.0.0.1`,
        url: `http://127.0.0.1:${INSTANCE_B_PORT}/impressum`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: { DATA_DIR: INSTANCE_DIRS.b, DATABASE_URL: instancesDatabaseUrl(), NEXT_TELEMETRY_DISABLED: "1" },
      },
      {
        command: `node_modules/.bin/next start -p ${INSTANCE_C_PORT} -H 127.0.0.1`,
        url: `http://127.0.0.1:${INSTANCE_C_PORT}/impressum`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: { DATA_DIR: INSTANCE_DIRS.c, DATABASE_URL: unreachableDatabaseUrl(), NEXT_TELEMETRY_DISABLED: "1" },
      },
    ]
  : [];

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
    ...instanceServers,
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
    {
      // The staff area (e2e/staff-*.spec.ts): a fresh data folder with accounts, tokens and sessions.
      command: `node e2e/fixtures/prepare-staff-data.mjs ${STAFF_DATA_DIR} && exec node_modules/.bin/next start -p ${STAFF_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${STAFF_PORT}/impressum`,
      reuseExistingServer: false,
      timeout: 90_000,
      env: { DATA_DIR: STAFF_DATA_DIR, SESSION_SECRET: STAFF_SESSION_SECRET, NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // Reuse (e2e/reuse.spec.ts): a fresh data folder with a database, mail to the test's SMTP catcher, today before the call's deadline.
      command: `node e2e/fixtures/prepare-reuse-data.mjs ${REUSE_DATA_DIR} && exec node_modules/.bin/next start -p ${REUSE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${REUSE_PORT}/impressum`,
      reuseExistingServer: false,
      timeout: 90_000,
      env: {
        DATA_DIR: REUSE_DATA_DIR,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        SESSION_SECRET: REUSE_SESSION_SECRET,
        NEWS_TODAY: REUSE_TODAY,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    {
      // A second instance on the same database: no SMTP (the link is shown once), today after the deadline.
      command: `node_modules/.bin/next start -p ${REUSE_LATE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${REUSE_LATE_PORT}/impressum`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { DATA_DIR: REUSE_DATA_DIR, SESSION_SECRET: REUSE_SESSION_SECRET, NEWS_TODAY: REUSE_LATE_TODAY, NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
