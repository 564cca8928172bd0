/** The database cannot be used (wrong DATABASE_URL, unreachable, migration failed). `message` is German. */
export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseError";
  }
}
