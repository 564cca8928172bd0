/**
 * The record in readable German: a label per action, and each entry's details as label/value
 * pairs (a publication: Stand, Datei, SHA-256, Zeilen, neu/entfallen/geändert; a failed
 * sign-in: the reason). Keys this module does not know are shown as they are, never dropped:
 * the record is evidence, and a later change may add details.
 */
import { formatDate, formatNumber } from "../format";
import { isIsoDate } from "../iso-date";
import { isReuseStatus, statusLabel } from "../reuse-vocabulary/status";
import type { RecordAction, RecordDetails, RecordEntry } from "./record";

export const RECORD_ACTION_LABELS: Record<RecordAction, string> = {
  anmeldung: "Anmeldung",
  "anmeldung-fehlgeschlagen": "Anmeldung fehlgeschlagen",
  veroeffentlichung: "Veröffentlichung",
  rueckzug: "Rückzug eines Stands",
  aktuelles: "Aktuelles",
  konto: "Konto",
  nachnutzung: "Nachnutzung",
};

export function recordActionLabel(action: string): string {
  return (RECORD_ACTION_LABELS as Record<string, string>)[action] ?? action;
}

const EVENT_LABELS: Record<string, string> = {
  angelegt: "angelegt",
  entfernt: "entfernt",
  "passwort-neu": "Passwort neu gesetzt",
  "rolle-geaendert": "Rolle geändert",
  "token-angelegt": "API-Token angelegt",
  "token-widerrufen": "API-Token widerrufen",
  zurueckgezogen: "zurückgezogen",
  wiederhergestellt: "wieder sichtbar gemacht",
  veroeffentlicht: "veröffentlicht",
  geaendert: "geändert",
  geloescht: "gelöscht",
  "abfrage-angelegt": "Abfrage angelegt",
  "abfrage-geaendert": "Abfrage geändert",
  "abfrage-geloescht": "Abfrage gelöscht",
  bekundet: "Interesse bekundet",
  bestaetigt: "bestätigt",
  status: "Status geändert",
  "kontaktdaten-geloescht": "Kontaktdaten gelöscht",
};

const SIGN_IN_REASONS: Record<string, string> = {
  "falsches-passwort": "falsches Passwort",
  "unbekanntes-konto": "unbekannte E-Mail-Adresse",
};

/** Labels of the keys in the order they are shown; keys not listed follow in their own order. */
const KEY_LABELS: [string, string][] = [
  ["event", "Vorgang"],
  ["stand", "Stand"],
  ["fileName", "Datei"],
  ["file", "Datei"],
  ["datei", "Datei"],
  ["sha256", "SHA-256"],
  ["rows", "Zeilen"],
  ["added", "neu"],
  ["removed", "entfallen"],
  ["changed", "geändert"],
  ["email", "Konto"],
  ["role", "Rolle"],
  ["before", "Rolle vorher"],
  ["endedSessions", "Beendete Sitzungen"],
  ["tokenName", "Token"],
  ["tokenId", "Token-Kennung"],
  ["slug", "Beitrag"],
  ["title", "Titel"],
  ["reason", "Grund"],
  ["grund", "Grund"],
  ["withdrawnReason", "Grund des Rückzugs"],
  ["abfrage", "Abfrage"],
  ["bekundung", "Bekundung"],
  ["ozgId", "OZG-ID"],
  ["ozgIds", "OZG-IDs"],
  ["kommune", "Kommune"],
  ["von", "Status vorher"],
  ["status", "Status"],
  ["datum", "Datum"],
  ["frist", "Frist"],
  ["notiz", "Notiz"],
  ["late", "Nach der Frist"],
  ["ersetzt", "Ersetzt"],
];
const LABEL_OF = new Map(KEY_LABELS);
const ORDER = new Map(KEY_LABELS.map(([key], i) => [key, i]));

export interface DetailLine {
  label: string;
  value: string;
}

function plain(value: unknown): string {
  if (typeof value === "string") return isIsoDate(value) ? formatDate(value) : value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (Array.isArray(value)) return value.map(plain).join(", ");
  return JSON.stringify(value);
}

function valueText(action: string, key: string, value: unknown): string {
  if (key === "event" && typeof value === "string") return EVENT_LABELS[value] ?? value;
  if (key === "reason" && action === "anmeldung-fehlgeschlagen" && typeof value === "string") return SIGN_IN_REASONS[value] ?? value;
  if ((key === "status" || key === "von") && typeof value === "string" && isReuseStatus(value)) return statusLabel(value);
  return plain(value);
}

/** A publication's counts may sit in `changes: { added, removed, changed }`: shown like top-level ones. */
function flattened(details: RecordDetails): [string, unknown][] {
  const pairs: [string, unknown][] = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === "changes" && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, count] of Object.entries(value as Record<string, unknown>)) pairs.push([inner, count]);
    } else pairs.push([key, value]);
  }
  return pairs;
}

/** The entry's details as label/value lines; empty values are left out. */
export function recordDetailLines(entry: Pick<RecordEntry, "action" | "details">): DetailLine[] {
  const pairs = flattened(entry.details ?? {}).filter(([, value]) => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0));
  const rank = (key: string) => ORDER.get(key) ?? ORDER.size;
  return pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => rank(a.pair[0]) - rank(b.pair[0]) || a.index - b.index)
    .map(({ pair: [key, value] }) => ({ label: LABEL_OF.get(key) ?? key, value: valueText(entry.action, key, value) }));
}

/** The details in one line of text („Stand: 28.10.2022; Zeilen: 186“), for the CSV and the workbook. */
export function recordDetailText(entry: Pick<RecordEntry, "action" | "details">): string {
  return recordDetailLines(entry)
    .map((line) => `${line.label}: ${line.value}`)
    .join("; ");
}

const BERLIN_TIME = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** "2026-03-02T09:00:00.000Z" → "02.03.2026, 10:00:00" (Europe/Berlin). */
export function recordTime(iso: string): string {
  return BERLIN_TIME.format(new Date(iso));
}
