/** Values as the two stores return them, made alike; and the clock every write takes its time from. */

/** Injectable time, so tests move the clock instead of sleeping. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A timestamp read from either store (Date from PostgreSQL, ISO text from SQLite) as ISO 8601 UTC. */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function toIsoOrNull(value: Date | string | null): string | null {
  return value === null ? null : toIso(value);
}

/** A JSON column read from either store (parsed by PostgreSQL, text in SQLite). */
export function readJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/** Counts come back as bigint strings from PostgreSQL and as numbers from SQLite. */
export function toNumber(value: number | string | bigint): number {
  return Number(value);
}

/** True when the error is a unique-constraint violation in either store. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
