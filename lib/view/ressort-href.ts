/** Addresses of the Ressort pages, and reading an abbreviation from the URL. Free of server code. */
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

export function ressortHref(kuerzel: RessortKuerzel, stand: string | null): string {
  return stand ? `/ressorts/${kuerzel}?stand=${encodeURIComponent(stand)}` : `/ressorts/${kuerzel}`;
}
