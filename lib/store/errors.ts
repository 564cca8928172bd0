import type { Problem } from "../overview/read";

/** The data folder or a file in it cannot be used. Pages show `message` (German) as the reason. */
export class DataSourceError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = "DataSourceError";
  }
}
