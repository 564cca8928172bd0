/** Shared by the feed, calendar and metadata handlers: the base URL and the German errors. */
import { textError } from "../http/conditional";
import { DataSourceError } from "../store/errors";

/** A broken data folder is the operator's problem: 503 with the reason, as plain German text. */
export function feedDataError(error: unknown): Response {
  if (error instanceof DataSourceError) return textError(error.message, 503);
  throw error;
}
