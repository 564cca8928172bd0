/** Repeatable parameters: bounded in number, invalid values named a few times and then counted. */
import { type SearchParamsInput, allValues } from "./input";
import { type ParamProblem, paramProblem } from "./problem";

/** Invalid values of one parameter are named one by one up to here, then counted. */
const NAMED_PROBLEMS_PER_PARAM = 3;

/** The distinct non-empty values of a repeatable parameter, at most `max`; more are reported. */
export function boundedValues(input: SearchParamsInput, param: string, max: number, problems: ParamProblem[]): string[] {
  const values = [...new Set(allValues(input, param).map((v) => v.trim()).filter(Boolean))];
  if (values.length <= max) return values;
  problems.push(paramProblem(param, "", `Zu viele Werte (${values.length}, höchstens ${max}); berücksichtigt werden die ersten ${max}.`));
  return values.slice(0, max);
}

/** Collects the problems of one parameter's invalid values: the first few by name, the rest as a count. */
export class InvalidValues {
  private count = 0;

  constructor(
    private readonly param: string,
    private readonly problems: ParamProblem[],
  ) {}

  add(value: string, message: string): void {
    this.count++;
    if (this.count <= NAMED_PROBLEMS_PER_PARAM) this.problems.push({ param: this.param, value, message });
  }

  /** Call once after the last value. */
  close(): void {
    const more = this.count - NAMED_PROBLEMS_PER_PARAM;
    if (more > 0) this.problems.push(paramProblem(this.param, "", `${more} weitere ungültige Werte werden ignoriert.`));
  }
}
