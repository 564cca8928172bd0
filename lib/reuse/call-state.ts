/**
 * A call (Abfrage) in time: open until the end of its deadline's day, then ended; which call a
 * service shows; whether a declaration made today is late. "Today" is a parameter (YYYY-MM-DD,
 * newsToday() in Europe/Berlin with the NEWS_TODAY override), like the news deadlines.
 */
import { daysBetween } from "../news/timeline";

export interface ReuseCall {
  id: string;
  ozgIds: string[];
  /** YYYY-MM-DD, the last day. */
  frist: string;
  text: string;
  newsSlug: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export type CallState = { open: true; daysLeft: number } | { open: false; daysAgo: number };

export function callState(call: Pick<ReuseCall, "frist">, today: string): CallState {
  const days = daysBetween(today, call.frist);
  return days >= 0 ? { open: true, daysLeft: days } : { open: false, daysAgo: -days };
}

/** „noch 5 Tage“, „endet heute“, „noch 1 Tag“ */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return "endet heute";
  return daysLeft === 1 ? "noch 1 Tag" : `noch ${daysLeft} Tage`;
}

/**
 * The call a service shows: of its open calls the one ending soonest; without an open one the
 * call that ended last (it says „Abfrage beendet“). Null when no call names the service.
 */
export function callForService(calls: readonly ReuseCall[], ozgId: string, today: string): ReuseCall | null {
  const mine = calls.filter((c) => c.ozgIds.includes(ozgId));
  const open = mine.filter((c) => c.frist >= today).sort((a, b) => (a.frist < b.frist ? -1 : a.frist > b.frist ? 1 : a.id < b.id ? -1 : 1));
  if (open.length > 0) return open[0];
  const ended = [...mine].sort((a, b) => (a.frist > b.frist ? -1 : a.frist < b.frist ? 1 : a.id < b.id ? -1 : 1));
  return ended[0] ?? null;
}

/** A declaration for `ozgId` made today: which call it answers and whether it is late (after that call's deadline). */
export function lateness(calls: readonly ReuseCall[], ozgId: string, today: string): { callId: string | null; late: boolean } {
  const call = callForService(calls, ozgId, today);
  if (!call) return { callId: null, late: false };
  return { callId: call.id, late: !callState(call, today).open };
}

/** Calls still open today, soonest deadline first. */
export function openCalls(calls: readonly ReuseCall[], today: string): ReuseCall[] {
  return calls.filter((c) => c.frist >= today).sort((a, b) => (a.frist < b.frist ? -1 : a.frist > b.frist ? 1 : 0));
}
