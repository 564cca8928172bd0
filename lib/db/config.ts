/**
 * Which store the application uses: PostgreSQL when DATABASE_URL=postgres://… is set, otherwise
 * the embedded SQLite file DATA_DIR/app.db.
 */
import path from "node:path";
import { DatabaseError } from "./errors";

/** The environment variables the database reads (process.env, or a test's own). */
export type Env = Readonly<Record<string, string | undefined>>;

export const SQLITE_FILE_NAME = "app.db";

export type DatabaseConfig =
  | { dialect: "sqlite"; file: string }
  /** `schema` (tests): every connection works in that schema instead of the default one. */
  | { dialect: "postgres"; url: string; schema?: string };

export function resolveDatabaseConfig(env: Env = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new DatabaseError("DATABASE_URL muss mit postgres:// oder postgresql:// beginnen. Ohne DATABASE_URL nutzt die Anwendung die eingebaute SQLite-Datenbank.");
    }
    return { dialect: "postgres", url };
  }
  return { dialect: "sqlite", file: path.join(/*turbopackIgnore: true*/ configuredDataDir(env), SQLITE_FILE_NAME) };
}

/** The data folder the environment names: the same rule as dataDir() in lib/store/data-dir.ts. */
export function configuredDataDir(env: Env = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), "data"));
}

/** Where the data is, for messages: never the password of a DATABASE_URL. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.dialect === "sqlite") return `SQLite ${config.file}`;
  try {
    const url = new URL(config.url);
    return `PostgreSQL ${url.host}${url.pathname}${config.schema ? ` (Schema ${config.schema})` : ""}`;
  } catch {
    return "PostgreSQL";
  }
}
