import type { Problem } from "../overview/read";

/**
 * The data folder or a file in it cannot be used. Pages show `message` (German) as the reason,
 * with a 503; the message never contains a path of the server (DATA_DIR is named, not shown).
 */
export class DataSourceError extends Error {
  // Pages and route handlers are bundled apart with a copy of this class each, but share the
  // Stand cache (globalThis): an error from either copy must be recognised by both.
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === "DataSourceError";
  }

  constructor(
    message: string,
    readonly problems: Problem[] = [],
    /** How many problems there are; `problems` may hold only the first of them. */
    readonly problemCount: number = problems.length,
  ) {
    super(message);
    this.name = "DataSourceError";
  }
}

/** Why a file or folder cannot be read, in German, from a Node error code (no path). */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "fehlt";
    case "EACCES":
    case "EPERM":
      return "ist für den Server nicht lesbar (keine Leseberechtigung)";
    case "EISDIR":
      return "ist ein Ordner, keine Datei";
    case "ENOTDIR":
      return "ist eine Datei, kein Ordner";
    case "ELOOP":
      return "ist ein Verweis, der auf sich selbst zeigt";
    case "EMFILE":
    case "ENFILE":
      return "kann gerade nicht geöffnet werden (zu viele offene Dateien)";
    case "EIO":
      return "kann wegen eines Fehlers des Datenträgers nicht gelesen werden";
    default:
      return `kann nicht gelesen werden${code ? ` (${code})` : ""}`;
  }
}
