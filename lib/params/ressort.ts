/** The Ressort of /ressorts/[kuerzel], as written in the address. */
import { RESSORTS, type RessortKuerzel } from "../vocabulary";

/** The canonical abbreviation for a spelling in any case ("mi" → "MI"), or undefined. */
export function resolveRessort(raw: string): RessortKuerzel | undefined {
  let key = raw;
  try {
    key = decodeURIComponent(raw);
  } catch {
    // A malformed escape is simply not a Ressort.
  }
  key = key.trim().toLowerCase();
  return RESSORTS.find((k) => k.toLowerCase() === key);
}
