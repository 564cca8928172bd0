/**
 * Declaring reuse interest, for the JSON API and the web form alike (docs/contract.md §7):
 * check every field, throttle per client address, check that the service may be declared for
 * (reusable by Kommunen, or named in a call), mark it late after its call's deadline, store it
 * unconfirmed, and send the private link by e-mail (SMTP_URL) or hand it back to show once.
 */
import "server-only";
import { type RequestLimit, retryText, takeRequest } from "../auth/request-throttle";
import { getDatabase } from "../db/database";
import type { Db } from "../db/schema";
import { type Clock, systemClock } from "../db/values";
import { absoluteUrl } from "../http/base-url";
import { newsToday } from "../news/timeline";
import { privateLinkHref } from "../routes";
import { getDataset, getMetadata, listStaende } from "../store/repository";
import { lateness } from "./call-state";
import { listCalls } from "./calls";
import { type DeclarationFields, type FieldErrors, checkDeclaration, summary } from "./declaration-input";
import { createDeclaration } from "./declarations";
import { kommuneLabel } from "../reuse-vocabulary/kommunen";
import { sendPrivateLinkMail, smtpUrl } from "./mail";
import { invalidateReusePublic } from "./public";
import { rowAt, rowIndexOf } from "../dataset/rows";

/** Per client address: enough for a Kommune answering a call for several services in one sitting. */
export const PER_ADDRESS_LIMIT: RequestLimit = { scope: "nachnutzung-adresse", max: 20, windowMs: 60 * 60 * 1000 };
/** For everybody together: bounds a flood from many (or forged) addresses. */
export const OVERALL_LIMIT: RequestLimit = { scope: "nachnutzung-alle", max: 500, windowMs: 60 * 60 * 1000 };
const OVERALL_KEY = "alle";

export interface DeclareContext {
  /** The client address (lib/staff/client-address.ts), for the throttle. */
  address?: string;
  /** The app's public base URL, for the absolute private link. */
  baseUrl: string;
  /** YYYY-MM-DD; default newsToday() (Europe/Berlin, NEWS_TODAY). */
  today?: string;
  db?: () => Promise<Db>;
  clock?: Clock;
}

export type DeclareResult =
  | {
      ok: true;
      id: string;
      status: "unbestaetigt";
      late: boolean;
      /** The e-mail with the link was sent. */
      mailed: boolean;
      /** The private link, when no e-mail was sent (to show once). */
      link: string | null;
      /** SMTP_URL is set but sending failed. */
      mailFailed: boolean;
    }
  | { ok: false; status: 422; error: string; fields: FieldErrors }
  | { ok: false; status: 429; error: string; retryAfterSeconds: number }
  | { ok: false; status: 503; error: string };

export const DATABASE_DOWN = "Die Bekundung kann gerade nicht gespeichert werden: Die Datenbank antwortet nicht. Bitte versuchen Sie es später erneut.";

/** Why a service cannot be declared for, or null when it can. */
async function serviceProblem(db: Db, ozgId: string): Promise<{ message: string } | { leistung: string; calls: Awaited<ReturnType<typeof listCalls>> }> {
  const staende = await listStaende();
  const dataset = await getDataset(staende[staende.length - 1]);
  const index = rowIndexOf(dataset, ozgId);
  if (index === undefined) return { message: `Eine Leistung mit der OZG-ID ${ozgId} gibt es im aktuellen Stand der Übersicht nicht.` };
  const row = rowAt(dataset, index);
  const calls = await listCalls(db);
  if (row.nachnutzbarKommunen !== "ja" && !calls.some((c) => c.ozgIds.includes(ozgId))) {
    return { message: `„${row.leistung}“ ist laut Übersicht nicht für die Nachnutzung durch Kommunen vorgesehen, und keine Abfrage nennt die Leistung.` };
  }
  return { leistung: row.leistung, calls };
}

export async function declare(input: unknown, context: DeclareContext): Promise<DeclareResult> {
  const checked = checkDeclaration(input);
  if (!checked.ok) return { ok: false, status: 422, error: summary(checked.fields), fields: checked.fields };
  const fields: DeclarationFields = checked.value;
  const clock = context.clock ?? systemClock;

  let db: Db;
  try {
    db = await (context.db ?? getDatabase)();
  } catch (error) {
    console.error(`Nachnutzung: Datenbank nicht erreichbar (${(error as Error).message})`);
    return { ok: false, status: 503, error: DATABASE_DOWN };
  }
  const service = await serviceProblem(db, fields.ozgId);
  if ("message" in service) return { ok: false, status: 422, error: summary({ ozgId: service.message }), fields: { ozgId: service.message } };

  const throttle = await takeRequest(
    db,
    [
      { limit: PER_ADDRESS_LIMIT, key: context.address },
      { limit: OVERALL_LIMIT, key: OVERALL_KEY },
    ],
    clock,
  );
  if (!throttle.allowed) {
    return { ok: false, status: 429, error: `Zu viele Bekundungen in kurzer Zeit. ${retryText(throttle.retryAfterSeconds)}`, retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const today = context.today ?? newsToday(clock());
  const { late, callId } = lateness(service.calls, fields.ozgId, today);
  const { declaration, token } = await createDeclaration(db, { ...fields, late, callId }, clock);
  invalidateReusePublic();

  const link = absoluteUrl(context.baseUrl, privateLinkHref(token));
  let mailed = false;
  if (smtpUrl()) {
    const metadata = await getMetadata();
    mailed = await sendPrivateLinkMail({
      to: fields.kontakt.email,
      from: metadata.contactEmail,
      senderName: metadata.title,
      link,
      leistung: service.leistung,
      ozgId: fields.ozgId,
      kommune: kommuneLabel(fields.kommune),
    });
  }
  return { ok: true, id: declaration.id, status: "unbestaetigt", late, mailed, link: mailed ? null : link, mailFailed: smtpUrl() !== null && !mailed };
}
