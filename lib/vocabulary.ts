/**
 * The vocabulary of the Nachnutzungsübersicht: fields, their German headers, the controlled
 * values in their order, labels and accepted aliases. Schema, filters, facets, sorting and charts
 * all read this module; nothing else hard-codes a value list.
 */
import { headerKey, valueKey } from "./fold";

/** Label of an empty cell in a controlled column; also the filter value that selects it. */
export const NOT_SET = "nicht festgelegt";

export const THEMENFELDER = [
  "Arbeit & Ruhestand",
  "Bauen & Wohnen",
  "Bildung",
  "Ein- & Auswanderung",
  "Engagement & Hobby",
  "Familie & Kind",
  "Forschung & Förderung",
  "Gesundheit",
  "Mobilität & Reisen",
  "Querschnitt",
  "Recht & Ordnung",
  "Steuern & Zoll",
  "Umwelt",
  "Unternehmensführung & -entwicklung",
] as const;

export const RESSORTS = ["StK", "MI", "MF", "MS", "MB", "MWL", "MWU", "MID", "MJ"] as const;
export type RessortKuerzel = (typeof RESSORTS)[number];

export const RESSORT_NAMES: Record<RessortKuerzel, string> = {
  StK: "Staatskanzlei und Ministerium für Kultur",
  MI: "Ministerium für Inneres und Sport",
  MF: "Ministerium der Finanzen",
  MS: "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung",
  MB: "Ministerium für Bildung",
  MWL: "Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten",
  MWU: "Ministerium für Wissenschaft, Energie, Klimaschutz und Umwelt",
  MID: "Ministerium für Infrastruktur und Digitales",
  MJ: "Ministerium für Justiz und Verbraucherschutz",
};

export const PHASEN = ["offen", "Planung", "Umsetzung", "Pilotierung", "Rollout", "Betrieb"] as const;
export type Phase = (typeof PHASEN)[number];

export const PRIORITAETEN = ["hoch", "mittel", "niedrig"] as const;

export const UMSETZUNGSMODELLE = [
  "EfA-Nachnutzung",
  "EfA-Entwicklung mit Federführung Sachsen-Anhalt",
  "Landeslösung",
  "Generischer Online-Dienst",
  "Kommunale Lösung",
  "Bundeslösung",
] as const;

export const ZUSTAENDIGKEITEN = ["Bund", "Land", "Kommune", "Land und Kommune"] as const;

export const JA_NEIN = ["ja", "nein"] as const;

export const REIFEGRADE = ["0", "1", "2", "3", "4"] as const;

/** Lead of an EfA service: the 16 Länder by their usual abbreviation, and the Bund. */
export const FEDERFUEHRUNGEN: Record<string, string> = {
  BW: "Baden-Württemberg",
  BY: "Bayern",
  BE: "Berlin",
  BB: "Brandenburg",
  HB: "Bremen",
  HH: "Hamburg",
  HE: "Hessen",
  MV: "Mecklenburg-Vorpommern",
  NI: "Niedersachsen",
  NW: "Nordrhein-Westfalen",
  RP: "Rheinland-Pfalz",
  SL: "Saarland",
  SN: "Sachsen",
  ST: "Sachsen-Anhalt",
  SH: "Schleswig-Holstein",
  TH: "Thüringen",
  Bund: "Bund",
};

/** Every field of a row, in the column order of the contract. */
export const FIELD_IDS = [
  "ozgId",
  "leistung",
  "themenfeld",
  "lebenslage",
  "leikaSchluessel",
  "typisierung",
  "rechtsgrundlagen",
  "zustaendigkeit",
  "ressort",
  "prioritaet",
  "phase",
  "umsetzungsmodell",
  "efaFederfuehrung",
  "nachnutzbarKommunen",
  "reifegrad",
  "onlineDienst",
  "bemerkung",
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Fields with several values per cell (line breaks or ";"): arrays in rows and JSON. */
export const MULTI_VALUE_FIELDS = ["lebenslage", "leikaSchluessel", "rechtsgrundlagen"] as const;
export type MultiValueField = (typeof MULTI_VALUE_FIELDS)[number];

/** Fields the search `q` looks into (docs/contract.md §4). */
export const SEARCHED_FIELDS = ["ozgId", "leistung", "lebenslage", "leikaSchluessel", "rechtsgrundlagen", "bemerkung"] as const;

/** Fields with a value list: they are filtered, counted as facets and charted. */
export const CONTROLLED_FIELDS = [
  "themenfeld",
  "lebenslage",
  "ressort",
  "prioritaet",
  "phase",
  "umsetzungsmodell",
  "zustaendigkeit",
  "nachnutzbarKommunen",
  "efaFederfuehrung",
  "reifegrad",
] as const;
export type ControlledField = (typeof CONTROLLED_FIELDS)[number];
/** Controlled fields with several values per row (Lebenslage) and with exactly one. */
export type MultiControlledField = ControlledField & MultiValueField;
export type SingleControlledField = Exclude<ControlledField, MultiValueField>;

export interface FieldDef {
  id: FieldId;
  /** The German column header as staff see it. */
  header: string;
  required: boolean;
  /** Further header spellings accepted on import (matched via headerKey). */
  headerAliases?: readonly string[];
}

/** What the rest of the code asks about a field, instead of naming fields. */
export interface FieldTraits {
  /** Several values per cell: an array in rows and JSON, filtered by "any value matches". */
  multiValued: boolean;
  /** A cell must hold a value (OZG-ID, Leistung, Themenfeld). */
  required: boolean;
  /** The search `q` looks into it. */
  searched: boolean;
  /** It has a value list: filtered, counted as a facet and charted. */
  controlled: boolean;
  /** An empty cell is a value of its own ("nicht festgelegt"): not for required fields, nor Phase (empty = offen). */
  canBeEmpty: boolean;
  /** Where its facet's values come from: the fixed vocabulary, or the values present in a Stand. */
  facetFrom: "vocabulary" | "data" | null;
}

export const FIELDS: Record<FieldId, FieldDef> = {
  ozgId: { id: "ozgId", header: "OZG-ID", required: true, headerAliases: ["OZG-Nummer", "OZG-Nr"] },
  leistung: {
    id: "leistung",
    header: "Leistung",
    required: true,
    headerAliases: ["OZG-Leistung", "Leistungsbezeichnung", "Bezeichnung"],
  },
  themenfeld: { id: "themenfeld", header: "Themenfeld", required: true },
  lebenslage: {
    id: "lebenslage",
    header: "Lebenslage",
    required: false,
    headerAliases: ["Lebenslagen", "Geschäftslage", "Lebens- und Geschäftslage", "Lebens-/Geschäftslage"],
  },
  leikaSchluessel: { id: "leikaSchluessel", header: "LeiKa-Schlüssel", required: false, headerAliases: ["LeiKa"] },
  typisierung: { id: "typisierung", header: "Typisierung", required: false, headerAliases: ["LeiKa-Typ", "Typ"] },
  rechtsgrundlagen: {
    id: "rechtsgrundlagen",
    header: "Rechtsgrundlagen",
    required: false,
    headerAliases: ["Rechtsgrundlage"],
  },
  zustaendigkeit: { id: "zustaendigkeit", header: "Zuständigkeit", required: false },
  ressort: { id: "ressort", header: "Ressort", required: false, headerAliases: ["Ministerium"] },
  prioritaet: { id: "prioritaet", header: "Priorität", required: false, headerAliases: ["Prio"] },
  phase: { id: "phase", header: "Phase", required: false, headerAliases: ["Projektphase"] },
  umsetzungsmodell: { id: "umsetzungsmodell", header: "Umsetzungsmodell", required: false },
  efaFederfuehrung: {
    id: "efaFederfuehrung",
    header: "EfA-Federführung",
    required: false,
    headerAliases: ["Federführung"],
  },
  nachnutzbarKommunen: {
    id: "nachnutzbarKommunen",
    header: "Nachnutzbar durch Kommunen",
    required: false,
    headerAliases: ["Nachnutzbar", "Nachnutzbar für Kommunen"],
  },
  reifegrad: { id: "reifegrad", header: "Reifegrad", required: false },
  onlineDienst: { id: "onlineDienst", header: "Online-Dienst", required: false, headerAliases: ["Link", "URL"] },
  bemerkung: { id: "bemerkung", header: "Bemerkung", required: false, headerAliases: ["Bemerkungen", "Hinweis"] },
};

export interface VocabularyDef {
  /** Canonical values in display and sort order; empty for open lists (values come from the data). */
  values: readonly string[];
  /** Long labels where the value is an abbreviation (Ressort, EfA-Federführung). */
  labels?: Readonly<Record<string, string>>;
  /** Accepted spellings → canonical value ("" = not set). Case, spacing and umlauts are folded anyway. */
  aliases?: Readonly<Record<string, string>>;
  /** Open lists accept any value (Lebenslage); closed lists reject unknown values. */
  open?: boolean;
  /** Facets list the values present in the Stand rather than `values` (open or long lists). */
  facetFromData?: boolean;
  /** What an empty cell means: NOT_SET, or a value of the list (Phase: offen). */
  emptyMeans: string;
  /** German phrase for an unknown value: "„x“ ist <unknownPhrase>. Erlaubt: …" */
  unknownPhrase: string;
}

const NOT_SET_ALIASES = { [NOT_SET]: "", "keine Angabe": "", "k. A.": "", "n. f.": "" };

export const VOCABULARY: Record<ControlledField, VocabularyDef> = {
  themenfeld: {
    values: THEMENFELDER,
    aliases: NOT_SET_ALIASES,
    emptyMeans: NOT_SET,
    unknownPhrase: "kein bekanntes Themenfeld",
  },
  lebenslage: {
    values: [],
    aliases: NOT_SET_ALIASES,
    open: true,
    facetFromData: true,
    emptyMeans: NOT_SET,
    unknownPhrase: "keine bekannte Lebenslage",
  },
  ressort: {
    values: RESSORTS,
    labels: RESSORT_NAMES,
    aliases: {
      ...NOT_SET_ALIASES,
      ...Object.fromEntries(RESSORTS.map((k) => [RESSORT_NAMES[k], k])),
      Staatskanzlei: "StK",
    },
    emptyMeans: NOT_SET,
    unknownPhrase: "kein bekanntes Ressort",
  },
  prioritaet: {
    values: PRIORITAETEN,
    aliases: { ...NOT_SET_ALIASES, hohe: "hoch", mittlere: "mittel", niedrige: "niedrig", gering: "niedrig" },
    emptyMeans: NOT_SET,
    unknownPhrase: "keine bekannte Priorität",
  },
  phase: {
    values: PHASEN,
    aliases: {
      [NOT_SET]: "offen",
      "keine Angabe": "offen",
      "nicht begonnen": "offen",
      "in Planung": "Planung",
      "in Bearbeitung": "Umsetzung",
      "in Umsetzung": "Umsetzung",
      Entwicklung: "Umsetzung",
      "in Entwicklung": "Umsetzung",
      Pilot: "Pilotierung",
      Pilotphase: "Pilotierung",
      "in Pilotierung": "Pilotierung",
      "Roll-out": "Rollout",
      "im Rollout": "Rollout",
      umgesetzt: "Betrieb",
      online: "Betrieb",
      "in Betrieb": "Betrieb",
      live: "Betrieb",
    },
    emptyMeans: "offen",
    unknownPhrase: "keine bekannte Phase",
  },
  umsetzungsmodell: {
    values: UMSETZUNGSMODELLE,
    aliases: {
      ...NOT_SET_ALIASES,
      EfA: "EfA-Nachnutzung",
      "EfA-Entwicklung Sachsen-Anhalt": "EfA-Entwicklung mit Federführung Sachsen-Anhalt",
      "EfA-Federführung Sachsen-Anhalt": "EfA-Entwicklung mit Federführung Sachsen-Anhalt",
      GOD: "Generischer Online-Dienst",
      Onlinedienst: "Generischer Online-Dienst",
      Kommunallösung: "Kommunale Lösung",
      Bundesdienst: "Bundeslösung",
    },
    emptyMeans: NOT_SET,
    unknownPhrase: "kein bekanntes Umsetzungsmodell",
  },
  zustaendigkeit: {
    values: ZUSTAENDIGKEITEN,
    aliases: { ...NOT_SET_ALIASES, Kommunen: "Kommune", "Land/Kommune": "Land und Kommune", Länder: "Land" },
    emptyMeans: NOT_SET,
    unknownPhrase: "keine bekannte Zuständigkeit",
  },
  nachnutzbarKommunen: {
    values: JA_NEIN,
    aliases: { ...NOT_SET_ALIASES, j: "ja", n: "nein", x: "ja" },
    emptyMeans: NOT_SET,
    unknownPhrase: "keine gültige Angabe",
  },
  efaFederfuehrung: {
    // Open for facets (values present in the Stand), but validated against the known leads.
    values: Object.keys(FEDERFUEHRUNGEN),
    labels: FEDERFUEHRUNGEN,
    facetFromData: true,
    aliases: {
      ...NOT_SET_ALIASES,
      ...Object.fromEntries(Object.entries(FEDERFUEHRUNGEN).map(([k, name]) => [name, k])),
      NRW: "NW",
    },
    emptyMeans: NOT_SET,
    unknownPhrase: "kein bekanntes Länderkürzel",
  },
  reifegrad: {
    values: REIFEGRADE,
    aliases: { ...NOT_SET_ALIASES, ...Object.fromEntries(REIFEGRADE.map((r) => [`Reifegrad ${r}`, r])) },
    emptyMeans: NOT_SET,
    unknownPhrase: "kein gültiger Reifegrad",
  },
};

export function isControlledField(id: string): id is ControlledField {
  return (CONTROLLED_FIELDS as readonly string[]).includes(id);
}

export function isMultiValued(field: FieldId): field is MultiValueField {
  return (MULTI_VALUE_FIELDS as readonly string[]).includes(field);
}

export const SINGLE_CONTROLLED_FIELDS: readonly SingleControlledField[] = CONTROLLED_FIELDS.filter(
  (f): f is SingleControlledField => !isMultiValued(f),
);
export const MULTI_CONTROLLED_FIELDS: readonly MultiControlledField[] = CONTROLLED_FIELDS.filter(
  (f): f is MultiControlledField => isMultiValued(f),
);

export const FIELD_TRAITS: Record<FieldId, FieldTraits> = Object.fromEntries(
  FIELD_IDS.map((id) => {
    const controlled = isControlledField(id);
    const vocabulary = controlled ? VOCABULARY[id] : undefined;
    const traits: FieldTraits = {
      multiValued: isMultiValued(id),
      required: FIELDS[id].required,
      searched: (SEARCHED_FIELDS as readonly string[]).includes(id),
      controlled,
      canBeEmpty: !FIELDS[id].required && (vocabulary === undefined || vocabulary.emptyMeans === NOT_SET),
      facetFrom: vocabulary ? (vocabulary.facetFromData ? "data" : "vocabulary") : null,
    };
    return [id, traits];
  }),
) as Record<FieldId, FieldTraits>;

/** True when an empty cell of the field is a facet value of its own ("nicht festgelegt"). */
export function canBeEmpty(field: FieldId): boolean {
  return FIELD_TRAITS[field].canBeEmpty;
}

/** Field for a header as written in a file, or undefined for an unknown column. */
export const fieldForHeader: (header: string) => FieldId | undefined = (() => {
  const byKey = new Map<string, FieldId>();
  for (const def of Object.values(FIELDS)) {
    for (const name of [def.header, def.id, ...(def.headerAliases ?? [])]) byKey.set(headerKey(name), def.id);
  }
  return (header) => byKey.get(headerKey(header));
})();

const lookups = new Map<ControlledField, Map<string, string>>();

function lookupFor(field: ControlledField): Map<string, string> {
  let map = lookups.get(field);
  if (!map) {
    const def = VOCABULARY[field];
    map = new Map<string, string>();
    for (const [alias, value] of Object.entries(def.aliases ?? {})) map.set(valueKey(alias), value);
    for (const value of def.values) map.set(valueKey(value), value);
    lookups.set(field, map);
  }
  return map;
}

/**
 * The canonical value for a cell of a controlled column: "" for not set (or the field's
 * emptyMeans value, e.g. "offen" for Phase), undefined when the value is not known.
 */
export function canonicalValue(field: ControlledField, raw: string): string | undefined {
  // Cells repeat a few values thousands of times; remember each spelling once resolved.
  let memo = memos.get(field);
  if (!memo) memos.set(field, (memo = new Map()));
  const known = memo.get(raw);
  if (known !== undefined) return known === UNKNOWN ? undefined : known;
  const value = resolveValue(field, raw);
  if (memo.size < MEMO_LIMIT && raw.length <= MEMO_MAX_LENGTH) memo.set(raw, value ?? UNKNOWN);
  return value;
}

const MEMO_LIMIT = 10_000;
const MEMO_MAX_LENGTH = 100;
/** Marks a remembered spelling that is not in the vocabulary. */
const UNKNOWN = "\u0000unknown";
const memos = new Map<ControlledField, Map<string, string>>();

function resolveValue(field: ControlledField, raw: string): string | undefined {
  const cell = raw.trim();
  const def = VOCABULARY[field];
  const emptyValue = def.emptyMeans === NOT_SET ? "" : def.emptyMeans;
  if (cell === "") return emptyValue;
  const found = lookupFor(field).get(valueKey(cell));
  if (found !== undefined) return found === "" ? emptyValue : found;
  return def.open ? cell : undefined;
}

/** Human label of a value: long name for abbreviations, "nicht festgelegt" for empty. */
export function valueLabel(field: ControlledField, value: string): string {
  if (value === "" || value === NOT_SET) return NOT_SET;
  return VOCABULARY[field].labels?.[value] ?? value;
}

/** Allowed values as listed in error messages. */
export function allowedValuesText(field: ControlledField): string {
  return VOCABULARY[field].values.join(", ");
}
