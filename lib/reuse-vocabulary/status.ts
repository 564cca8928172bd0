/**
 * The statuses of a reuse declaration and the rules for moving between them (docs/contract.md §7,
 * docs/reuse.md). Free of zod and server code: pages, forms and the API share these rules.
 *
 * unbestaetigt → interesse (the Kommune confirms through its private link) → in-abstimmung →
 * vereinbarung → angebunden → in-betrieb, or zurueckgezogen from any of them.
 */

export const REUSE_STATUSES = ["unbestaetigt", "interesse", "in-abstimmung", "vereinbarung", "angebunden", "in-betrieb", "zurueckgezogen"] as const;
export type ReuseStatus = (typeof REUSE_STATUSES)[number];

export const STATUS_LABELS: Record<ReuseStatus, string> = {
  unbestaetigt: "unbestätigt",
  interesse: "Interesse",
  "in-abstimmung": "in Abstimmung",
  vereinbarung: "Vereinbarung geschlossen",
  angebunden: "angebunden",
  "in-betrieb": "in Betrieb",
  zurueckgezogen: "zurückgezogen",
};

/** The way to go-live, in order; staff move a confirmed declaration along it. */
export const PROGRESS: readonly ReuseStatus[] = ["interesse", "in-abstimmung", "vereinbarung", "angebunden", "in-betrieb"];

/** From here on a Kommune is named publicly as reusing the service („Vereinbarung geschlossen“ or later). */
export const NAMED_STATUSES: readonly ReuseStatus[] = ["vereinbarung", "angebunden", "in-betrieb"];

/** Contact data are deleted this many days after withdrawal or go-live (the retention job). */
export const RETENTION_DAYS = 90;
/** A declaration nobody confirmed is deleted after this many days (its e-mail address was never proven). */
export const UNCONFIRMED_DAYS = 30;
/** Statuses after which the retention period runs. */
export const FINAL_STATUSES: readonly ReuseStatus[] = ["zurueckgezogen", "in-betrieb"];

export function isReuseStatus(value: string): value is ReuseStatus {
  return (REUSE_STATUSES as readonly string[]).includes(value);
}

/** „Vereinbarung geschlossen“ */
export function statusLabel(status: ReuseStatus): string {
  return STATUS_LABELS[status];
}

/** Confirmed and not withdrawn: on the way to go-live (or there). */
export function isActive(status: ReuseStatus): boolean {
  return PROGRESS.includes(status);
}

export function isNamedPublicly(status: ReuseStatus): boolean {
  return NAMED_STATUSES.includes(status);
}

export type TransitionCheck = { ok: true } | { ok: false; message: string };

const q = (status: ReuseStatus) => `„${STATUS_LABELS[status]}“`;

/**
 * Whether staff may move a declaration from `from` to `to`. Forward along PROGRESS, also past
 * steps (a Kommune may join an existing agreement); back only with a note saying why (a
 * correction); withdrawing always. Confirming is the Kommune's own step, and a withdrawn
 * declaration stays withdrawn (the Kommune declares anew). Answered with 409 when refused.
 */
export function checkStaffTransition(from: ReuseStatus, to: ReuseStatus, note: string | null): TransitionCheck {
  if (from === to) return { ok: false, message: `Die Bekundung steht schon auf ${q(to)}.` };
  if (from === "zurueckgezogen") {
    return { ok: false, message: "Die Bekundung ist zurückgezogen und bleibt es; die Kommune kann ihr Interesse neu bekunden." };
  }
  if (to === "unbestaetigt") return { ok: false, message: `Eine Bekundung kann nicht auf ${q("unbestaetigt")} zurückgesetzt werden.` };
  if (to === "zurueckgezogen") return { ok: true };
  if (from === "unbestaetigt") {
    return {
      ok: false,
      message: "Die Kommune hat die Bekundung noch nicht bestätigt (mit dem Link aus ihrer E-Mail); erst danach kann sie weitergeführt werden.",
    };
  }
  if (PROGRESS.indexOf(to) < PROGRESS.indexOf(from) && !note?.trim()) {
    return { ok: false, message: `Ein Schritt zurück (von ${q(from)} auf ${q(to)}) braucht eine Notiz, warum.` };
  }
  return { ok: true };
}

/** The statuses staff may choose next, for the form (those checkStaffTransition allows, a note given). */
export function nextStatuses(from: ReuseStatus): ReuseStatus[] {
  return REUSE_STATUSES.filter((to) => checkStaffTransition(from, to, "Notiz").ok);
}
