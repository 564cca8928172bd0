/**
 * Several instances on one PostgreSQL (e2e/instances.spec.ts), only where TEST_DATABASE_URL is
 * set: instance A (PORT + 4) with the sample data folder, instance B (PORT + 5) with an empty
 * one (it gets the Stände from the database), instance C (PORT + 8) pointed at a port where no
 * PostgreSQL listens. Each has a data folder of its own: no shared disk.
 */
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const INSTANCE_A_PORT = E2E_PORT + 4;
export const INSTANCE_B_PORT = E2E_PORT + 5;
export const INSTANCE_C_PORT = E2E_PORT + 8;
export const INSTANCES_ROOT = path.resolve(__dirname, "../.e2e-data/instanzen");
export const INSTANCE_DIRS = { a: path.join(INSTANCES_ROOT, "a"), b: path.join(INSTANCES_ROOT, "b"), c: path.join(INSTANCES_ROOT, "c") };
/** A database of its own on the test server, made afresh by the prepare step. */
export const INSTANCES_DATABASE = `ozg_e2e_instanzen_${E2E_PORT}`;

export function instancesDatabaseUrl(base: string = TEST_DATABASE_URL ?? ""): string {
  const url = new URL(base);
  url.pathname = `/${INSTANCES_DATABASE}`;
  return url.toString();
}

/** Nothing listens there: the instance never reaches its database. */
export function unreachableDatabaseUrl(base: string = TEST_DATABASE_URL ?? ""): string {
  const url = new URL(base);
  url.port = "1";
  return url.toString();
}
