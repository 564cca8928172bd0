/**
 * The Kommunen that can declare reuse interest (docs/contract.md §7): Sachsen-Anhalt's three
 * kreisfreie Städte and eleven Landkreise with their official names and Kreisschlüssel (the
 * first five digits of the Amtlicher Gemeindeschlüssel), or a Gemeinde in one of the Landkreise.
 * Free of zod and server code, so the form may list them.
 */
import { foldGerman } from "../fold";

export type KreisKind = "kreisfreie Stadt" | "Landkreis";

export interface Kreis {
  /** Kreisschlüssel, e.g. "15085". */
  key: string;
  /** The short name the contract uses, e.g. "Harz". */
  name: string;
  /** The official name, e.g. "Landkreis Harz". */
  officialName: string;
  kind: KreisKind;
}

export const KREISE: readonly Kreis[] = [
  { key: "15001", name: "Dessau-Roßlau", officialName: "Stadt Dessau-Roßlau", kind: "kreisfreie Stadt" },
  { key: "15002", name: "Halle (Saale)", officialName: "Stadt Halle (Saale)", kind: "kreisfreie Stadt" },
  { key: "15003", name: "Magdeburg", officialName: "Landeshauptstadt Magdeburg", kind: "kreisfreie Stadt" },
  { key: "15081", name: "Altmarkkreis Salzwedel", officialName: "Altmarkkreis Salzwedel", kind: "Landkreis" },
  { key: "15082", name: "Anhalt-Bitterfeld", officialName: "Landkreis Anhalt-Bitterfeld", kind: "Landkreis" },
  { key: "15083", name: "Börde", officialName: "Landkreis Börde", kind: "Landkreis" },
  { key: "15084", name: "Burgenlandkreis", officialName: "Burgenlandkreis", kind: "Landkreis" },
  { key: "15085", name: "Harz", officialName: "Landkreis Harz", kind: "Landkreis" },
  { key: "15086", name: "Jerichower Land", officialName: "Landkreis Jerichower Land", kind: "Landkreis" },
  { key: "15087", name: "Mansfeld-Südharz", officialName: "Landkreis Mansfeld-Südharz", kind: "Landkreis" },
  { key: "15088", name: "Saalekreis", officialName: "Saalekreis", kind: "Landkreis" },
  { key: "15089", name: "Salzlandkreis", officialName: "Salzlandkreis", kind: "Landkreis" },
  { key: "15090", name: "Stendal", officialName: "Landkreis Stendal", kind: "Landkreis" },
  { key: "15091", name: "Wittenberg", officialName: "Landkreis Wittenberg", kind: "Landkreis" },
];

const BY_KEY = new Map(KREISE.map((k) => [k.key, k]));

/** Spacing, case, umlaut spelling and hyphens do not matter when a name is matched. */
export function nameKey(name: string): string {
  return foldGerman(name.normalize("NFC")).replace(/[\s\-–]+/g, " ").replace(/\s*([()])\s*/g, "$1").trim();
}

const BY_NAME = new Map(KREISE.flatMap((k) => [k.name, k.officialName, k.key].map((n) => [nameKey(n), k] as const)));

export function kreisByKey(key: string): Kreis | undefined {
  return BY_KEY.get(key);
}

/** A Kreis by its short name, official name or Kreisschlüssel (spelling as nameKey folds it). */
export function findKreis(input: string): Kreis | undefined {
  return BY_NAME.get(nameKey(input));
}

/** True when `name` names the Kreis itself (its short or official name), not a Gemeinde in it. */
export function isKreisName(kreis: Kreis, name: string): boolean {
  const key = nameKey(name);
  return key === nameKey(kreis.name) || key === nameKey(kreis.officialName);
}

/** A declaring Kommune: a Landkreis or kreisfreie Stadt itself, or a Gemeinde in a Landkreis. */
export interface Kommune {
  kreis: Kreis;
  /** The Gemeinde's name as given; null when the Kreis itself declares. */
  gemeinde: string | null;
  /** 8-digit Gemeindeschlüssel, when given. */
  ags: string | null;
}

/** One declaration per Kommune and service: this key says which Kommune it is. */
export function kommuneKey(kommune: Pick<Kommune, "kreis" | "gemeinde">): string {
  return kommune.gemeinde === null ? kommune.kreis.key : `${kommune.kreis.key}:${nameKey(kommune.gemeinde)}`;
}

/** The name shown on pages and in lists: "Landkreis Harz", "Wernigerode (Landkreis Harz)". */
export function kommuneLabel(kommune: Pick<Kommune, "kreis" | "gemeinde">): string {
  return kommune.gemeinde === null ? kommune.kreis.officialName : `${kommune.gemeinde} (${kommune.kreis.officialName})`;
}

/** Sort order of lists and the matrix: by Kreisschlüssel, the Kreis before its Gemeinden, Gemeinden by name. */
export function compareKommunen(a: Pick<Kommune, "kreis" | "gemeinde">, b: Pick<Kommune, "kreis" | "gemeinde">): number {
  if (a.kreis.key !== b.kreis.key) return a.kreis.key < b.kreis.key ? -1 : 1;
  if (a.gemeinde === null || b.gemeinde === null) return (a.gemeinde === null ? 0 : 1) - (b.gemeinde === null ? 0 : 1);
  return a.gemeinde.localeCompare(b.gemeinde, "de");
}
