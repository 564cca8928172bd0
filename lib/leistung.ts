/**
 * One overview row: raw cells (strings keyed by field id) in, a typed `Leistung` out, with a
 * German message for every cell that is wrong. Two steps: `normalizeCells` trims, splits
 * multi-value cells and maps known spellings to the vocabulary (plain string work, cheap), then
 * `leistungSchema` (zod, built from the vocabulary) validates the result. Keeping the zod schema
 * to enums, patterns and string arrays lets zod check 100,000 rows quickly.
 */
import { isInvisibleOnly } from "./cell-checks";
import { z } from "./zod";
import {
  CONTROLLED_FIELDS,
  type ControlledField,
  FIELDS,
  FIELD_IDS,
  FEDERFUEHRUNGEN,
  type FieldId,
  JA_NEIN,
  PHASEN,
  PRIORITAETEN,
  REIFEGRADE,
  RESSORTS,
  THEMENFELDER,
  UMSETZUNGSMODELLE,
  VOCABULARY,
  ZUSTAENDIGKEITEN,
  allowedValuesText,
  canonicalValue,
} from "./vocabulary";

/** Values in one cell separated by line breaks (Excel's Alt+Enter) or `;`. */
export function splitMultiValue(cell: string): string[] {
  // A value written twice in one cell is one value: a service counts once in its facet.
  return [
    ...new Set(
      cell
        .split(/\r?\n|\r|;/)
        .map((v) => v.trim())
        .filter((v) => v !== "" && !isInvisibleOnly(v)),
    ),
  ];
}

export type RawRow = Record<FieldId, string>;

/**
 * Trimmed cells, multi-value cells as lists, controlled values in their canonical spelling.
 * An unknown controlled value stays as written, so that the schema reports it.
 */
export function normalizeCells(raw: RawRow): Record<FieldId, string | string[]> {
  const out = {} as Record<FieldId, string | string[]>;
  for (const field of FIELD_IDS) out[field] = raw[field].trim();
  for (const field of CONTROLLED_FIELDS) {
    if (field === "lebenslage") continue;
    const cell = out[field] as string;
    out[field] = canonicalValue(field, cell) ?? cell;
  }
  // Lebenslage is an open list, but "nicht festgelegt" and its spellings still mean "none".
  out.lebenslage = splitMultiValue(raw.lebenslage)
    .map((v) => canonicalValue("lebenslage", v) ?? v)
    .filter(Boolean);
  out.leikaSchluessel = splitMultiValue(raw.leikaSchluessel);
  out.rechtsgrundlagen = splitMultiValue(raw.rechtsgrundlagen);
  return out;
}

function requiredMessage(field: FieldId): string {
  return `Pflichtfeld „${FIELDS[field].header}“ ist leer.`;
}

/** A controlled column: one of the vocabulary's values, or "" where a cell may stay empty. */
function controlled<const T extends readonly string[]>(field: ControlledField, values: T) {
  const unknown = (input: unknown) => `„${String(input)}“ ist ${VOCABULARY[field].unknownPhrase}. Erlaubt: ${allowedValuesText(field)}.`;
  return z.enum(values, {
    error: (issue) => (issue.input === "" && FIELDS[field].required ? requiredMessage(field) : unknown(issue.input)),
  });
}

const optional = <const T extends readonly string[]>(values: T) => ["", ...values] as const;

function isHttpsAddress(value: string): boolean {
  if (value === "") return true;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

export const leistungSchema = z.object({
  ozgId: z
    .string()
    .min(1, { error: requiredMessage("ozgId"), abort: true })
    .regex(/^\d+$/, { error: (issue) => `„${String(issue.input)}“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10056).` }),
  leistung: z.string().min(1, { error: requiredMessage("leistung") }),
  themenfeld: controlled("themenfeld", THEMENFELDER),
  lebenslage: z.array(z.string()),
  leikaSchluessel: z.array(
    z.string().regex(/^\d{14}$/, {
      error: (issue) => `„${String(issue.input)}“ ist kein gültiger LeiKa-Schlüssel (14 Ziffern, z. B. 99041006013000).`,
    }),
  ),
  typisierung: z.string(),
  rechtsgrundlagen: z.array(z.string()),
  zustaendigkeit: controlled("zustaendigkeit", optional(ZUSTAENDIGKEITEN)),
  ressort: controlled("ressort", optional(RESSORTS)),
  prioritaet: controlled("prioritaet", optional(PRIORITAETEN)),
  // An empty Phase means "offen": normalizeCells has already written it so.
  phase: controlled("phase", PHASEN),
  umsetzungsmodell: controlled("umsetzungsmodell", optional(UMSETZUNGSMODELLE)),
  efaFederfuehrung: controlled("efaFederfuehrung", optional(Object.keys(FEDERFUEHRUNGEN))),
  nachnutzbarKommunen: controlled("nachnutzbarKommunen", optional(JA_NEIN)),
  reifegrad: controlled("reifegrad", optional(REIFEGRADE)),
  onlineDienst: z.string().refine(isHttpsAddress, {
    error: (issue) => `„${String(issue.input)}“ ist keine gültige https-Adresse (z. B. https://www.sachsen-anhalt.de/…).`,
  }),
  bemerkung: z.string(),
});

/** One OZG service of the overview; multi-value fields are arrays, empty cells "". */
export type Leistung = z.infer<typeof leistungSchema>;

/** Validates one row's raw cells. */
export function parseLeistung(raw: RawRow) {
  return leistungSchema.safeParse(normalizeCells(raw));
}
