/** `nachnutzung`: the reuse stages to keep (repeatable, OR), on the dashboard, /kommunen and the API. */
import { REUSE_PARAM, REUSE_STAGES, type ReuseStage, isReuseStage } from "../reuse-vocabulary/stage";
import { type SearchParamsInput } from "./input";
import type { ParamProblem } from "./problem";
import { InvalidValues, boundedValues } from "./repeated";

export function parseReuseStages(input: SearchParamsInput, problems: ParamProblem[]): ReuseStage[] {
  const stages: ReuseStage[] = [];
  const invalid = new InvalidValues(REUSE_PARAM, problems);
  for (const raw of boundedValues(input, REUSE_PARAM, REUSE_STAGES.length, problems)) {
    const value = raw.toLowerCase();
    if (isReuseStage(value)) {
      if (!stages.includes(value)) stages.push(value);
    } else {
      invalid.add(raw, `Parameter „${REUSE_PARAM}“: „${raw}“ ist kein bekannter Stand der Nachnutzung. Erlaubt: ${REUSE_STAGES.join(", ")}.`);
    }
  }
  invalid.close();
  return stages;
}
