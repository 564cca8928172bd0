/**
 * A call as staff enter it in the form: the services (OZG-IDs, separated by commas, spaces or
 * lines), the deadline, a short text and optionally the news item it belongs to. Checked here;
 * whether the services and the news item exist is checked against the data by the caller.
 */
import { isIsoDate } from "../iso-date";

export const MAX_CALL_TEXT = 2000;
export const MAX_CALL_SERVICES = 100;

export interface CallInput {
  ozgIds: string[];
  frist: string;
  text: string;
  newsSlug: string | null;
}

export type CallField = "ozgIds" | "frist" | "text" | "newsSlug";
export type CallErrors = Partial<Record<CallField | "form", string>>;
export type CallValues = Partial<Record<CallField, string>>;

export function callValues(form: { get(name: string): unknown }): CallValues {
  const values: CallValues = {};
  for (const field of ["ozgIds", "frist", "text", "newsSlug"] as const) {
    const value = form.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

/** `today` (YYYY-MM-DD): a new deadline cannot lie in the past; `previousFrist` (when editing) may stay. */
export function checkCall(values: CallValues, today: string, previousFrist: string | null = null): { ok: true; value: CallInput } | { ok: false; errors: CallErrors } {
  const errors: CallErrors = {};
  const parts = (values.ozgIds ?? "").split(/[\s,;]+/).filter(Boolean);
  const ozgIds = [...new Set(parts)];
  const bad = ozgIds.filter((id) => !/^\d{1,12}$/.test(id));
  if (ozgIds.length === 0) errors.ozgIds = "Bitte mindestens eine OZG-ID angeben.";
  else if (bad.length > 0) errors.ozgIds = `Keine OZG-ID: „${bad.slice(0, 3).join("“, „")}“ (nur Ziffern, getrennt durch Komma oder Leerzeichen).`;
  else if (ozgIds.length > MAX_CALL_SERVICES) errors.ozgIds = `Höchstens ${MAX_CALL_SERVICES} Leistungen je Abfrage.`;
  const frist = (values.frist ?? "").trim();
  if (!isIsoDate(frist)) errors.frist = "Bitte die Frist als Datum angeben (JJJJ-MM-TT).";
  else if (frist < today && frist !== previousFrist) errors.frist = "Die Frist liegt in der Vergangenheit.";
  const text = (values.text ?? "").trim();
  if (text === "") errors.text = "Bitte einen kurzen Text angeben: worum es geht und wer angesprochen ist.";
  else if ([...text].length > MAX_CALL_TEXT) errors.text = `Höchstens ${MAX_CALL_TEXT} Zeichen.`;
  const slug = (values.newsSlug ?? "").trim();
  if (slug !== "" && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) errors.newsSlug = "Das ist keine Adresse eines Beitrags.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ozgIds, frist, text, newsSlug: slug || null } };
}
