/**
 * A declaration as it arrives (POST /api/nachnutzung, the web form, a change through the private
 * link), checked once: every bad field gets its own German message, keyed by its path as the
 * contract names it ("kontakt.email"), so that the API answers 422 with all of them and the form
 * shows each beside its field.
 */
import { z } from "../zod";
import { type Kommune, type Kreis, findKreis, isKreisName } from "../reuse-vocabulary/kommunen";

export const MAX_COMMENT_LENGTH = 2000;
export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

export interface DeclarationFields {
  ozgId: string;
  kommune: Kommune;
  kontakt: ContactFields;
  /** YYYY-MM */
  start: string;
  kommentar: string | null;
}

export interface ContactFields {
  name: string;
  email: string;
  telefon: string | null;
}

/** What a declarant may change through the private link (the Kommune and the service stay). */
export type DeclarationChange = Pick<DeclarationFields, "kontakt" | "start" | "kommentar">;

/** Bad fields by path ("kommune.kreis", "kontakt.email", …), each with a German sentence. */
export type FieldErrors = Record<string, string>;

export type Checked<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors };

// C0 controls (but tab, LF, CR in the comment), DEL and U+FFFD: a sign of a broken client or encoding.
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const LINE_CONTROL_RE = /[\u0000-\u001f\u007f\ufffd]/;
const GEMEINDE_RE = /^\p{L}[\p{L}\p{M}0-9 .,'’()/-]*$/u;
const PHONE_RE = /^\+?[0-9 ()/.-]{5,30}$/;
const AGS_RE = /^15\d{6}$/;
const MONTH_RE = /^(20[2-9]\d)-(0[1-9]|1[0-2])$/;
// Deliberately simple: one @, something before, a dot in the domain, no spaces; the mail server decides the rest.
const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const length = (s: string) => [...s].length;

/** A trimmed single-line text; `label` names the field in messages. */
function line(label: string, max: number, min = 1) {
  return z
    .string({ error: `Bitte ${label} angeben.` })
    .transform((s) => s.trim())
    .refine((s) => length(s) >= min, { error: `Bitte ${label} angeben.` })
    .refine((s) => length(s) <= max, { error: `Höchstens ${max} Zeichen.` })
    .refine((s) => !LINE_CONTROL_RE.test(s), { error: "Enthält Steuerzeichen; bitte neu eingeben." });
}

/** An optional text: missing, null and blank are null; otherwise trimmed and checked (`check` gives the message). */
function optionalText(check: (s: string) => string | null) {
  return z
    .string({ error: "Bitte als Text angeben." })
    .nullish()
    .transform((s, ctx): string | null => {
      const text = s?.trim() ?? "";
      if (text === "") return null;
      const problem = check(text);
      if (problem === null) return text;
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    });
}

const contactSchema = z.object(
  {
    name: line("den Namen der Ansprechperson", MAX_NAME_LENGTH, 2),
    email: z
      .string({ error: "Bitte eine E-Mail-Adresse angeben." })
      .transform((s) => s.trim())
      .refine((s) => s !== "", { error: "Bitte eine E-Mail-Adresse angeben." })
      .refine((s) => length(s) <= MAX_EMAIL_LENGTH && EMAIL_RE.test(s), { error: "Das ist keine gültige E-Mail-Adresse (z. B. name@landkreis-harz.de)." }),
    telefon: optionalText((s) => (PHONE_RE.test(s) ? null : "Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden (5 bis 30 Zeichen).")),
  },
  { error: "Bitte die Kontaktdaten angeben (Name und E-Mail-Adresse)." },
);

const startSchema = z
  .string({ error: "Bitte den geplanten Start angeben (Monat und Jahr)." })
  .transform((s) => s.trim())
  .refine((s) => s !== "", { error: "Bitte den geplanten Start angeben (Monat und Jahr)." })
  .refine((s) => MONTH_RE.test(s), { error: "Bitte einen Monat im Format JJJJ-MM angeben, z. B. 2026-09 (Jahre 2020 bis 2099)." });

const commentSchema = optionalText((s) =>
  length(s) > MAX_COMMENT_LENGTH ? `Höchstens ${MAX_COMMENT_LENGTH} Zeichen (jetzt ${length(s)}).` : CONTROL_RE.test(s) ? "Enthält Steuerzeichen; bitte neu eingeben." : null,
);

const declarationSchema = z.object({
  ozgId: z.string({ error: "Bitte die OZG-ID der Leistung angeben." }).regex(/^\d{1,12}$/, { error: "Die OZG-ID besteht aus Ziffern." }),
  kommune: z.object(
    {
      name: z.string({ error: "Bitte als Text angeben." }).nullish(),
      kreis: z.string({ error: "Bitte den Landkreis oder die kreisfreie Stadt wählen." }),
      ags: z.string({ error: "Bitte als Text angeben." }).nullish(),
    },
    { error: "Bitte die Kommune angeben." },
  ),
  kontakt: contactSchema,
  start: startSchema,
  kommentar: commentSchema,
  einwilligung: z.literal(true, { error: "Bitte stimmen Sie der Speicherung Ihrer Kontaktdaten zu (siehe Datenschutz)." }),
});

const changeSchema = z.object({ kontakt: contactSchema, start: startSchema, kommentar: commentSchema });

function issuesToFields(error: z.ZodError, fields: FieldErrors = {}): FieldErrors {
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "eingabe";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** The Kommune named by kreis, name and ags, or the messages per field. */
export function checkKommune(input: { name?: string | null; kreis: string; ags?: string | null }): Checked<Kommune> {
  const fields: FieldErrors = {};
  const kreisText = input.kreis.trim();
  const kreis: Kreis | undefined = kreisText ? findKreis(kreisText) : undefined;
  if (!kreis) {
    fields["kommune.kreis"] = kreisText
      ? `„${kreisText}“ ist kein Landkreis und keine kreisfreie Stadt Sachsen-Anhalts.`
      : "Bitte den Landkreis oder die kreisfreie Stadt wählen.";
  }
  const name = (input.name ?? "").trim();
  const ags = (input.ags ?? "").replace(/\s/g, "");
  const gemeinde = name === "" || (kreis && isKreisName(kreis, name)) ? null : name;
  if (gemeinde !== null) {
    if (length(gemeinde) < 2 || length(gemeinde) > MAX_NAME_LENGTH) fields["kommune.name"] = `Der Name der Gemeinde hat 2 bis ${MAX_NAME_LENGTH} Zeichen.`;
    else if (!GEMEINDE_RE.test(gemeinde)) fields["kommune.name"] = "Der Name der Gemeinde enthält Zeichen, die in Ortsnamen nicht vorkommen.";
    else if (kreis?.kind === "kreisfreie Stadt") {
      fields["kommune.name"] = `${kreis.name} ist eine kreisfreie Stadt ohne Gemeinden: Feld „Gemeinde“ bitte leer lassen.`;
    }
  }
  if (ags !== "") {
    if (!AGS_RE.test(ags)) fields["kommune.ags"] = "Der Gemeindeschlüssel hat 8 Ziffern und beginnt mit 15 (Sachsen-Anhalt), z. B. 15085370.";
    else if (kreis && ags.slice(0, 5) !== kreis.key) fields["kommune.ags"] = `Der Gemeindeschlüssel ${ags} gehört nicht zu ${kreis.officialName} (Kreisschlüssel ${kreis.key}).`;
    else if (kreis && gemeinde === null && !(kreis.kind === "kreisfreie Stadt" && ags === `${kreis.key}000`)) {
      fields["kommune.ags"] = "Ein Gemeindeschlüssel gehört zu einer Gemeinde: bitte auch ihren Namen angeben oder den Schlüssel weglassen.";
    }
  }
  if (Object.keys(fields).length > 0 || !kreis) return { ok: false, fields };
  return { ok: true, value: { kreis, gemeinde, ags: ags === "" || gemeinde === null ? null : ags } };
}

/** A whole declaration (API JSON or the form's fields made into that shape). */
export function checkDeclaration(input: unknown): Checked<DeclarationFields> {
  const parsed = declarationSchema.safeParse(input);
  const fields: FieldErrors = parsed.success ? {} : issuesToFields(parsed.error);
  // The Kommune is checked even when other fields failed, so that every problem is named at once.
  const raw = (input as { kommune?: { name?: unknown; kreis?: unknown; ags?: unknown } } | null)?.kommune;
  const kommune =
    raw && typeof raw === "object" && typeof raw.kreis === "string"
      ? checkKommune({ kreis: raw.kreis, name: typeof raw.name === "string" ? raw.name : null, ags: typeof raw.ags === "string" ? raw.ags : null })
      : null;
  if (kommune && !kommune.ok) Object.assign(fields, kommune.fields);
  if (!parsed.success || !kommune?.ok) return { ok: false, fields };
  const { ozgId, kontakt, start, kommentar } = parsed.data;
  return { ok: true, value: { ozgId, kommune: kommune.value, kontakt: { ...kontakt, telefon: kontakt.telefon ?? null }, start, kommentar } };
}

/** A change through the private link: contact data, planned start, comment. */
export function checkChange(input: unknown): Checked<DeclarationChange> {
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fields: issuesToFields(parsed.error) };
  const { kontakt, start, kommentar } = parsed.data;
  return { ok: true, value: { kontakt: { ...kontakt, telefon: kontakt.telefon ?? null }, start, kommentar } };
}

/** The first message, for the API's `error` (all of them are in `fields`). */
export function summary(fields: FieldErrors): string {
  const count = Object.keys(fields).length;
  return count === 1 ? `Eine Angabe ist ungültig: ${Object.values(fields)[0]}` : `${count} Angaben sind ungültig; siehe „fields“.`;
}
