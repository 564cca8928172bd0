/**
 * Which two Stände to compare, from `von` / `bis` (GET /api/aenderungen): defaults are the
 * newest Stand and the one before it. Comparing needs two different published Stände, the older
 * as `von`; anything else is a problem with a German message (the API answers 400).
 * Pure: gets the list of published Stände, reads no files.
 */
import type { ParamProblem } from "../query/parse";
import { type SearchParamsInput, lastValue } from "../query/params-input";
import { isValidStandDate } from "../store/data-dir";

export type ComparePair = { ok: true; von: string; bis: string } | { ok: false; problems: ParamProblem[] };

export type CompareParamsInput = SearchParamsInput;


/** The Stand published before `stand`, or null for the oldest (or an unknown) one. */
export function previousStand(staende: readonly string[], stand: string): string | null {
  const i = staende.indexOf(stand);
  return i > 0 ? staende[i - 1] : null;
}

/** `von` and `bis` checked against the published Stände (oldest first), with defaults. */
export function parseComparePair(input: CompareParamsInput, staende: readonly string[]): ComparePair {
  const problems: ParamProblem[] = [];
  const published = staende.join(", ") || "keiner";

  function stand(name: "von" | "bis"): string | undefined {
    const raw = lastValue(input, name);
    if (raw === undefined) return undefined;
    if (!isValidStandDate(raw)) {
      problems.push({ param: name, value: raw, message: `Parameter „${name}“: „${raw}“ ist kein gültiger Stand (Format JJJJ-MM-TT).` });
    } else if (!staende.includes(raw)) {
      problems.push({ param: name, value: raw, message: `Parameter „${name}“: Einen Stand „${raw}“ gibt es nicht. Veröffentlicht: ${published}.` });
    } else {
      return raw;
    }
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
    return {
      ok: false,
      problems: [{ param: "bis", value: bis, message: `Parameter „bis“: Vor dem Stand ${bis} ist kein Stand veröffentlicht; bitte „von“ angeben oder einen späteren Stand wählen.` }],
    };
  }
  if (von >= bis) {
    return {
      ok: false,
      problems: [{ param: "von", value: von, message: `Parameter „von“: Der Stand „von“ (${von}) muss vor dem Stand „bis“ (${bis}) liegen.` }],
    };
  }
  return { ok: true, von, bis };
}
