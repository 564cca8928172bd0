/**
 * The web forms of reuse (the declaration on a service page, the change through the private
 * link) in the shape of the JSON API: form fields → the API's input, the API's field paths →
 * form fields. Values come back into the form as typed, so a bad field loses nothing.
 * Free of zod and server code: the form components import the types and names.
 */

/** The declaration form's fields, by name (also the names of the inputs). */
export const FORM_FIELDS = ["kreis", "gemeinde", "ags", "name", "email", "telefon", "start", "kommentar", "einwilligung"] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** A hidden field people never see nor fill; bots that fill every field do (no third-party captcha). */
export const HONEYPOT_FIELD = "webseite";

export type FormValues = Partial<Record<FormField, string>>;

export interface DeclarationFormState {
  /** What was sent, to fill the form again. */
  values: FormValues;
  /** German message per form field. */
  errors: Partial<Record<FormField | "form", string>>;
  /** After success: what the page says, and the private link when no e-mail was sent. */
  done?: { mailed: boolean; link: string | null; mailFailed: boolean; late: boolean };
}

export const EMPTY_FORM_STATE: DeclarationFormState = { values: {}, errors: {} };

const PATH_TO_FIELD: Record<string, FormField | "form"> = {
  "kommune.kreis": "kreis",
  "kommune.name": "gemeinde",
  "kommune.ags": "ags",
  "kontakt.name": "name",
  "kontakt.email": "email",
  "kontakt.telefon": "telefon",
  "kontakt": "name",
  start: "start",
  kommentar: "kommentar",
  einwilligung: "einwilligung",
};

/** Text values of a submitted form (files and unknown fields ignored), trimmed at the ends only by the checks. */
export function formValues(form: { get(name: string): unknown }): FormValues {
  const values: FormValues = {};
  for (const field of FORM_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

/** The form's values as the JSON API's declaration. */
export function declarationInput(ozgId: string, values: FormValues): unknown {
  const kreis = values.kreis ?? "";
  return {
    ozgId,
    kommune: { kreis, name: values.gemeinde?.trim() ? values.gemeinde : null, ags: values.ags?.trim() ? values.ags : null },
    kontakt: { name: values.name ?? "", email: values.email ?? "", telefon: values.telefon?.trim() ? values.telefon : null },
    start: values.start ?? "",
    kommentar: values.kommentar?.trim() ? values.kommentar : null,
    einwilligung: values.einwilligung === "ja",
  };
}

/** The change form's values (contact, start, comment) as the change's input. */
export function changeInput(values: FormValues): unknown {
  return {
    kontakt: { name: values.name ?? "", email: values.email ?? "", telefon: values.telefon?.trim() ? values.telefon : null },
    start: values.start ?? "",
    kommentar: values.kommentar?.trim() ? values.kommentar : null,
  };
}

/** The API's field messages, keyed by form field; anything else under "form". */
export function formErrors(fields: Record<string, string>): DeclarationFormState["errors"] {
  const errors: DeclarationFormState["errors"] = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = PATH_TO_FIELD[path] ?? "form";
    errors[field] ??= message;
  }
  return errors;
}
