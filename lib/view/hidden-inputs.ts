/** The rest of the view as hidden fields of a GET form, so a form changes only its own part. */
import { type Query, toSearchParams } from "../query/query";

export interface HiddenInput {
  name: string;
  value: string;
}

/** Every canonical parameter of the query (on page 1) except those the form sets itself. */
export function hiddenInputs(query: Query, omit: readonly string[]): HiddenInput[] {
  return [...toSearchParams({ ...query, page: 1 }).entries()].filter(([name]) => !omit.includes(name)).map(([name, value]) => ({ name, value }));
}
