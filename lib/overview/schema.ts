/**
 * The zod schema of one overview row: raw cells (strings keyed by field id) in, a typed
 * `Leistung` out, with a German message for every cell that is wrong. Built from the vocabulary.
 */
import { z } from "../zod";
import {
  type ControlledField,
  FIELDS,
  type FieldId,
  VOCABULARY,
  allowedValuesText,
  canonicalValue,
} from "../vocabulary";

/** Values in one cell separated by line breaks (Excel's Alt+Enter) or `;`. */
export function splitMultiValue(cell: string): string[] {
  return cell
    .split(/\r?\n|\r|;/)
    .map((v) => v.trim())
    .filter(Boolean);
}

const cell = z.string().trim();

function required(field: FieldId) {
  // abort: an empty cell gets this one message, not also "„“ ist keine gültige OZG-ID".
  return cell.min(1, { error: `Pflichtfeld „${FIELDS[field].header}“ ist leer.`, abort: true });
}

function controlled(field: ControlledField) {
  const def = VOCABULARY[field];
  return cell.transform((raw, ctx) => {
    const value = canonicalValue(field, raw);
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: `„${raw}“ ist ${def.unknownPhrase}. Erlaubt: ${allowedValuesText(field)}.` });
      return z.NEVER;
    }
    return value;
  });
}

const multiText = cell.transform(splitMultiValue);

// Lebenslage is an open list, but "nicht festgelegt" and its spellings still mean "none".
const lebenslagen = cell.transform((raw) =>
  splitMultiValue(raw)
    .map((v) => canonicalValue("lebenslage", v) ?? v)
    .filter(Boolean),
);

const leikaKeys = cell.transform((raw, ctx) => {
  const keys = splitMultiValue(raw);
  for (const key of keys) {
    if (!/^\d{14}$/.test(key)) {
      ctx.addIssue({ code: "custom", message: `„${key}“ ist kein gültiger LeiKa-Schlüssel (14 Ziffern, z. B. 99041006013000).` });
    }
  }
  return keys;
});

const httpsAddress = cell.refine(
  (raw) => {
    if (raw === "") return true;
    try {
      return new URL(raw).protocol === "https:";
    } catch {
      return false;
    }
  },
  { error: (issue) => `„${String(issue.input)}“ ist keine gültige https-Adresse (z. B. https://www.sachsen-anhalt.de/…).` },
);

const fieldSchemas = {
  ozgId: required("ozgId").regex(/^\d+$/, {
    error: (issue) => `„${String(issue.input)}“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10056).`,
  }),
  leistung: required("leistung"),
  themenfeld: required("themenfeld").pipe(controlled("themenfeld")),
  lebenslage: lebenslagen,
  leikaSchluessel: leikaKeys,
  typisierung: cell,
  rechtsgrundlagen: multiText,
  zustaendigkeit: controlled("zustaendigkeit"),
  ressort: controlled("ressort"),
  prioritaet: controlled("prioritaet"),
  phase: controlled("phase"),
  umsetzungsmodell: controlled("umsetzungsmodell"),
  efaFederfuehrung: controlled("efaFederfuehrung"),
  nachnutzbarKommunen: controlled("nachnutzbarKommunen"),
  reifegrad: controlled("reifegrad"),
  onlineDienst: httpsAddress,
  bemerkung: cell,
} satisfies Record<FieldId, z.ZodType>;

// Keys in FIELD_IDS order, so rows serialise in the column order of the contract.
export const leistungSchema = z.object(fieldSchemas);

/** One OZG service of the overview; multi-value fields are arrays, empty cells "". */
export type Leistung = z.infer<typeof leistungSchema>;

export type RawRow = Record<FieldId, string>;
