/**
 * A status change as staff send it (PATCH /api/nachnutzung/ID, the staff form): the new status,
 * an optional note, and the date the step happened (default today; not in the future).
 */
import { isIsoDate } from "../iso-date";
import { z } from "../zod";
import type { Checked, FieldErrors } from "./declaration-input";
import { REUSE_STATUSES, type ReuseStatus } from "../reuse-vocabulary/status";

export const MAX_NOTE_LENGTH = 1000;

export interface StatusInput {
  status: ReuseStatus;
  notiz: string | null;
  /** YYYY-MM-DD or undefined (today). */
  datum: string | undefined;
}

const schema = z.object(
  {
    status: z.enum(REUSE_STATUSES, { error: `Bitte einen Status angeben: ${REUSE_STATUSES.join(", ")}.` }),
    notiz: z
      .string({ error: "Die Notiz ist ein Text." })
      .nullish()
      .transform((s) => (s == null || s.trim() === "" ? null : s.trim()))
      .refine((s) => s === null || [...s].length <= MAX_NOTE_LENGTH, { error: `Die Notiz hat höchstens ${MAX_NOTE_LENGTH} Zeichen.` })
      .refine((s) => s === null || !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { error: "Die Notiz enthält Steuerzeichen." }),
    datum: z
      .string({ error: "Das Datum im Format JJJJ-MM-TT angeben." })
      .nullish()
      .transform((s) => (s == null || s.trim() === "" ? undefined : s.trim()))
      .refine((s) => s === undefined || isIsoDate(s), { error: "Das Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-02." }),
  },
  { error: "Erwartet wird ein Objekt { \"status\", \"notiz\"?, \"datum\"? }." },
);

/** `today` (YYYY-MM-DD): a step cannot have happened later. */
export function checkStatusInput(input: unknown, today: string): Checked<StatusInput> {
  const parsed = schema.safeParse(input);
  const fields: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[issue.path.map(String).join(".") || "eingabe"] ??= issue.message;
    return { ok: false, fields };
  }
  if (parsed.data.datum !== undefined && parsed.data.datum > today) {
    return { ok: false, fields: { datum: "Das Datum liegt in der Zukunft; ein Schritt wird eingetragen, wenn er geschehen ist." } };
  }
  return { ok: true, value: parsed.data };
}
