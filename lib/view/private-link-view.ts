/**
 * The page of a private link (/nachnutzung/TOKEN): the declaration and its status for the one
 * who holds the link, with what they may do next. Opening it changes nothing (mail scanners
 * open links); every step is a POST. A link that is unknown or void says so without telling
 * whether it ever existed. The database is not created for a link. Server only.
 */
import "server-only";
import { formatLongDate } from "../format";
import type { FormValues } from "../reuse/form";
import { type DeclarationWithHistory, declarationByToken } from "../reuse/declarations";
import { MAX_COMMENT_LENGTH } from "../reuse/declaration-input";
import { kommuneLabel } from "../reuse-vocabulary/kommunen";
import { type ReuseStatus, statusLabel } from "../reuse-vocabulary/status";
import { leistungHref, privateLinkHref } from "../routes";
import { existingDatabase } from "../staff/database";
import { getDataset, listStaende } from "../store/repository";
import { leistungAt, rowIndexOf } from "../dataset/rows";

export const DONE_NOTICES = {
  bestaetigt: "Ihre Bekundung ist bestätigt. Die OZG-Koordination meldet sich bei Ihnen.",
  geaendert: "Ihre Angaben sind geändert.",
  zurueckgezogen: "Ihre Bekundung ist zurückgezogen. Ihre Kontaktdaten werden nach 90 Tagen gelöscht – sofort, wenn Sie unten „Kontaktdaten löschen“ wählen.",
  "kontakt-geloescht": "Ihre Kontaktdaten und Ihr Kommentar sind gelöscht. Die Bekundung selbst bleibt ohne Kontaktdaten bestehen.",
} as const;
export type DoneNotice = keyof typeof DONE_NOTICES;

export type Question = "zurueckziehen" | "kontakt-loeschen";

export interface PrivateLinkDeclaration {
  token: string;
  href: string;
  leistung: string;
  ozgId: string;
  leistungHref: string;
  kommune: string;
  status: ReuseStatus;
  statusLabel: string;
  late: boolean;
  start: string;
  startText: string;
  kontakt: { name: string; email: string; telefon: string | null } | null;
  kommentar: string | null;
  /** The steps so far (dates and statuses; staff notes stay internal). */
  steps: { date: string; dateText: string; label: string }[];
  confirmed: boolean;
  withdrawn: boolean;
  /** The change form's values (the stored ones). */
  values: FormValues;
  maxCommentLength: number;
}

export type PrivateLinkView =
  | { state: "ok"; declaration: PrivateLinkDeclaration; notice: string | null; question: Question | null; error: string | null }
  | { state: "invalid" | "replaced" | "unavailable" };

const MONTH = new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" });

function view(d: DeclarationWithHistory, token: string, leistung: string): PrivateLinkDeclaration {
  return {
    token,
    href: privateLinkHref(token),
    leistung,
    ozgId: d.ozgId,
    leistungHref: leistungHref(d.ozgId),
    kommune: kommuneLabel(d.kommune),
    status: d.status,
    statusLabel: statusLabel(d.status),
    late: d.late,
    start: d.start,
    startText: MONTH.format(new Date(`${d.start}-01T00:00:00Z`)),
    kontakt: d.kontakt,
    kommentar: d.kommentar,
    steps: d.history.map((h) => ({ date: h.date, dateText: formatLongDate(h.date), label: statusLabel(h.status) })),
    confirmed: d.status !== "unbestaetigt",
    withdrawn: d.status === "zurueckgezogen",
    values: { name: d.kontakt?.name ?? "", email: d.kontakt?.email ?? "", telefon: d.kontakt?.telefon ?? "", start: d.start, kommentar: d.kommentar ?? "" },
    maxCommentLength: MAX_COMMENT_LENGTH,
  };
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export async function loadPrivateLinkView(token: string, search: { erledigt?: string; frage?: string; fehler?: string }): Promise<PrivateLinkView> {
  let declaration: DeclarationWithHistory | undefined;
  try {
    const db = await existingDatabase();
    declaration = db ? await declarationByToken(db, token) : undefined;
  } catch (error) {
    console.error(`Nachnutzung: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { state: "unavailable" };
  }
  if (!declaration) return { state: "invalid" };
  if (declaration.replacedBy) return { state: "replaced" };
  const staende = await listStaende();
  const newest = await getDataset(staende[staende.length - 1]);
  const index = rowIndexOf(newest, declaration.ozgId);
  const leistung = index === undefined ? `OZG-ID ${declaration.ozgId}` : leistungAt(newest, index);
  const done = pick(search.erledigt, Object.keys(DONE_NOTICES) as DoneNotice[]);
  return {
    state: "ok",
    declaration: view(declaration, token, leistung),
    notice: done && DONE_NOTICES[done],
    question: pick(search.frage, ["zurueckziehen", "kontakt-loeschen"] as const),
    error: search.fehler === "datenbank" ? "Das hat nicht geklappt: Die Datenbank antwortet nicht. Bitte versuchen Sie es später erneut." : null,
  };
}
