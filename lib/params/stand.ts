/**
 * Reading a Stand from the URL (`stand`, and `von`/`bis` of the changes): one rule and one set of
 * messages for every page and API.
 */
import { isIsoDate } from "../iso-date";
import { type SearchParamsInput, lastValue } from "./input";
import { type ParamContext, type ParamProblem, paramProblem } from "./problem";

/** Why `raw` is not a published Stand, in German; null when it is one. */
export function standProblemText(raw: string, staende: readonly string[]): string | null {
  if (!isIsoDate(raw)) return `„${raw}“ ist kein gültiger Stand (Format JJJJ-MM-TT).`;
  if (!staende.includes(raw)) return `Einen Stand „${raw}“ gibt es nicht. Veröffentlicht: ${staende.join(", ") || "keiner"}.`;
  return null;
}

export interface ParsedStand {
  /** The Stand asked for, or null when none (or an invalid one) was given. */
  stand: string | null;
  problems: ParamProblem[];
}

/** A published Stand named by parameter `name` (last non-empty value), or null. */
export function parseStandParam(input: SearchParamsInput, context: ParamContext, name = "stand"): ParsedStand {
  const raw = lastValue(input, name);
  if (raw === undefined) return { stand: null, problems: [] };
  const text = standProblemText(raw, context.staende);
  return text ? { stand: null, problems: [paramProblem(name, raw, text)] } : { stand: raw, problems: [] };
}

/** Like parseStandParam, but the newest Stand is written as null: links then follow new publications. */
export function parseShownStand(input: SearchParamsInput, context: ParamContext): ParsedStand {
  const parsed = parseStandParam(input, context);
  const newest = context.staende[context.staende.length - 1];
  return parsed.stand === newest ? { ...parsed, stand: null } : parsed;
}
