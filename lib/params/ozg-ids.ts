/** The repeatable `ozgId` parameter (dashboard, API, export, calendar): digits only, at most MAX_OZG_IDS. */
import type { SearchParamsInput } from "./input";
import type { ParamProblem } from "./problem";
import { InvalidValues, boundedValues } from "./repeated";

/** A news item names a handful of services; a hundred keeps every link of the page short. */
export const MAX_OZG_IDS = 100;

export interface ParsedOzgIds {
  /** Distinct valid OZG-IDs in the order given. */
  ids: string[];
  problems: ParamProblem[];
}

export function parseOzgIdsParam(input: SearchParamsInput): ParsedOzgIds {
  const problems: ParamProblem[] = [];
  const invalid = new InvalidValues("ozgId", problems);
  const ids: string[] = [];
  for (const id of boundedValues(input, "ozgId", MAX_OZG_IDS, problems)) {
    if (/^\d+$/.test(id)) ids.push(id);
    else invalid.add(id, `Parameter „ozgId“: „${id}“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10056).`);
  }
  invalid.close();
  return { ids, problems };
}
