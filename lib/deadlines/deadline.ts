/**
 * Deadlines that concern a service, whatever their source: today the news items with a `deadline`
 * that name the service (`ozgIds`), later the reuse calls („Abfragen“). One shape for all, so the
 * service page, the table and /kommunen show them alike. Free of server code.
 */
import { formatDate } from "../format";
import { deadlineStatus } from "../news/timeline";

export interface ServiceDeadline {
  ozgId: string;
  /** YYYY-MM-DD; open until the end of that day (lib/news/timeline.ts). */
  deadline: string;
  /** What the deadline is about, e.g. the news item's short title. */
  label: string;
  /** Where to read more or to act. */
  href: string;
  /** Which kind of source it comes from, e.g. "aktuelles". */
  source: string;
}

export interface DeadlineBadge {
  deadline: string;
  state: "open" | "expired";
  /** "Frist 21.11.2022 – noch 12 Tage" / "Frist abgelaufen (21.11.2022)": for the table and lists. */
  short: string;
  /** "Interesse bis 21.11.2022 bekunden – noch 12 Tage" / "Frist abgelaufen am 21.11.2022": the reuse box. */
  long: string;
  label: string;
  href: string;
}

/** Lists show an expired deadline this many days after it ended; the service's page shows it longer. */
export const RECENTLY_EXPIRED_DAYS = 30;

function daysLeftText(days: number): string {
  return days === 0 ? "endet heute" : days === 1 ? "noch 1 Tag" : `noch ${days} Tage`;
}

export function deadlineBadge(d: ServiceDeadline, today: string): DeadlineBadge {
  const status = deadlineStatus(d.deadline, today);
  const date = formatDate(d.deadline);
  const base = { deadline: d.deadline, label: d.label, href: d.href };
  if (status.state === "open") {
    const left = daysLeftText(status.daysLeft);
    return { ...base, state: "open", short: `Frist ${date} – ${left}`, long: `Interesse bis ${date} bekunden – ${left}` };
  }
  return { ...base, state: "expired", short: `Frist abgelaufen (${date})`, long: `Frist abgelaufen am ${date}` };
}

/** Open deadlines first (soonest first), then expired ones (latest first). */
function byUrgency(a: DeadlineBadge, b: DeadlineBadge): number {
  if (a.state !== b.state) return a.state === "open" ? -1 : 1;
  return a.state === "open" ? a.deadline.localeCompare(b.deadline) : b.deadline.localeCompare(a.deadline);
}

/**
 * Badges per OZG-ID. `expiredDays`: how long after its end an expired deadline is still shown
 * (Infinity: always); `limit` badges per service at most.
 */
export function deadlineBadges(
  deadlines: readonly ServiceDeadline[],
  today: string,
  { expiredDays = RECENTLY_EXPIRED_DAYS, limit = 3 }: { expiredDays?: number; limit?: number } = {},
): Record<string, DeadlineBadge[]> {
  const out: Record<string, DeadlineBadge[]> = {};
  for (const d of deadlines) {
    const status = deadlineStatus(d.deadline, today);
    if (status.state === "expired" && status.daysAgo > expiredDays) continue;
    (out[d.ozgId] ??= []).push(deadlineBadge(d, today));
  }
  for (const id of Object.keys(out)) out[id] = out[id].sort(byUrgency).slice(0, limit);
  return out;
}
