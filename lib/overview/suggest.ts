/**
 * "Meinten Sie …?" for an unknown value of a controlled column: the closest value or alias of
 * the field's vocabulary by edit distance, or the one value it is a clear prefix of.
 */
import { valueKey } from "../fold";
import { type ControlledField, VOCABULARY, canonicalValue } from "../vocabulary";

/** Edit distance with swapped neighbours counting once ("Betreib" → "Betrieb"), cut off above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrevious[j - 2] + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The canonical value staff most likely meant, or undefined when nothing is close. */
export function suggestValue(field: ControlledField, raw: string): string | undefined {
  const def = VOCABULARY[field];
  if (def.open) return undefined;
  const key = valueKey(raw.trim());
  if (key.length < 2 || key.length > 80) return undefined;
  const spellings = [...def.values, ...Object.keys(def.aliases ?? {})];
  let best: { value: string; score: number; tie: boolean } | undefined;
  for (const spelling of spellings) {
    const value = canonicalValue(field, spelling);
    if (!value) continue; // aliases of "nicht festgelegt" suggest nothing
    const candidate = valueKey(spelling);
    // A typo: about one wrong letter in four.
    const limit = Math.max(1, Math.floor(Math.min(key.length, candidate.length) / 4));
    const distance = editDistance(key, candidate, limit);
    // A wrong ending of the same word ("Umsetzen" for "Umsetzung"): a long shared beginning.
    const prefix = commonPrefix(key, candidate);
    const prefixScore = prefix >= 5 && prefix >= 0.6 * Math.min(key.length, candidate.length) ? 0.5 + (candidate.length - prefix) / 10 : Infinity;
    const score = Math.min(distance <= limit ? distance : Infinity, prefixScore);
    if (score === Infinity) continue;
    if (!best || score < best.score) best = { value, score, tie: false };
    else if (score === best.score && value !== best.value) best.tie = true;
  }
  // Two values equally close ("MK": MI or MF?) are a guess, not a suggestion.
  return best && !best.tie ? best.value : undefined;
}
