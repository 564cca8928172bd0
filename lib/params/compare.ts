/**
 * Which two Stände to compare, from `von` / `bis` (the Änderungen page and GET /api/aenderungen):
 * defaults are the newest Stand and the one before it. Comparing needs two different published
 * Stände, the older as `von`; anything else is a problem with a German message (the API answers 400).
 */
import { type SearchParamsInput, lastValue } from "./input";
import { type ParamContext, type ParamProblem, paramProblem } from "./problem";
import { standProblemText } from "./stand";

export type ComparePair = { ok: true; von: string; bis: string } | { ok: false; problems: ParamProblem[] };

/** The Stand published before `stand`, or null for the oldest (or an unknown) one. */
export function previousStand(staende: readonly string[], stand: string): string | null {
  const i = staende.indexOf(stand);
  return i > 0 ? staende[i - 1] : null;
}

/** `von` and `bis` checked against the published Stände (oldest first), with defaults. */
export function parseComparePair(input: SearchParamsInput, context: ParamContext): ComparePair {
  const { staende } = context;
  const problems: ParamProblem[] = [];

  function stand(name: "von" | "bis"): string | undefined {
    const raw = lastValue(input, name);
    if (raw === undefined) return undefined;
    const text = standProblemText(raw, staende);
    if (text === null) return raw;
    problems.push(paramProblem(name, raw, text));
    return undefined;
  }

  const vonParam = stand("von");
  const bisParam = stand("bis");
  if (problems.length > 0) return { ok: false, problems };

  if (staende.length < 2) {
    const message = `Es ist erst ${staende.length === 1 ? `ein Stand veröffentlicht (${staende[0]})` : "kein Stand veröffentlicht"}; ein Vergleich braucht zwei Stände.`;
    return { ok: false, problems: [{ param: vonParam ? "von" : "bis", value: vonParam ?? bisParam ?? "", message }] };
  }
  const bis = bisParam ?? staende[staende.length - 1];
  const von = vonParam ?? previousStand(staende, bis);
  if (von === null) {
    const text = `Vor dem Stand ${bis} ist kein Stand veröffentlicht; bitte „von“ angeben oder einen späteren Stand wählen.`;
    return { ok: false, problems: [paramProblem("bis", bis, text)] };
  }
  if (von >= bis) {
    return { ok: false, problems: [paramProblem("von", von, `Der Stand „von“ (${von}) muss vor dem Stand „bis“ (${bis}) liegen.`)] };
  }
  return { ok: true, von, bis };
}
