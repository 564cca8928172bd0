/**
 * The public picture of reuse, per service, without personal data: how many Kommunen are at
 * which status, which Kommunen have reached „Vereinbarung geschlossen“ or later (by name), and
 * the service's stage for the facet. Each Kommune counts once per service: its confirmed
 * declaration, or while it has none, its newest unconfirmed one.
 */
import { type Kreis, compareKommunen, kommuneLabel, kreisByKey } from "../reuse-vocabulary/kommunen";
import type { PublicDeclarationRow } from "./declarations";
import { type ReuseStage } from "../reuse-vocabulary/stage";
import { REUSE_STATUSES, type ReuseStatus, isActive, isNamedPublicly } from "../reuse-vocabulary/status";

export type StatusCounts = Record<ReuseStatus, number>;

export interface ServiceReuse {
  counts: StatusCounts;
  /** Kommunen at „Vereinbarung geschlossen“ or later, in Kommune order: "Landkreis Harz", "Wernigerode (Landkreis Harz)". */
  kommunen: string[];
  stage: ReuseStage;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(REUSE_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export const NO_REUSE: ServiceReuse = Object.freeze({ counts: Object.freeze(emptyCounts()) as StatusCounts, kommunen: [], stage: "keine" as const });

/** The row that stands for a Kommune's declaration of a service: the confirmed one, else the newest. */
function current(rows: readonly PublicDeclarationRow[]): PublicDeclarationRow {
  const confirmed = rows.find((r) => r.status !== "unbestaetigt");
  return confirmed ?? [...rows].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
}

export function stageOf(counts: StatusCounts): ReuseStage {
  if (counts.vereinbarung + counts.angebunden + counts["in-betrieb"] > 0) return "nachgenutzt";
  if (counts.interesse + counts["in-abstimmung"] > 0) return "interesse";
  return "keine";
}

/** Per OZG-ID that has any declaration. */
export function reuseStatistics(rows: readonly PublicDeclarationRow[]): Map<string, ServiceReuse> {
  const byKommune = new Map<string, Map<string, PublicDeclarationRow[]>>();
  for (const row of rows) {
    const service = byKommune.get(row.ozgId) ?? new Map<string, PublicDeclarationRow[]>();
    byKommune.set(row.ozgId, service);
    service.set(row.kommuneKey, [...(service.get(row.kommuneKey) ?? []), row]);
  }
  const result = new Map<string, ServiceReuse>();
  for (const [ozgId, kommunen] of byKommune) {
    const counts = emptyCounts();
    const named: { kreis: Kreis; gemeinde: string | null }[] = [];
    for (const rowsOfKommune of kommunen.values()) {
      const row = current(rowsOfKommune);
      counts[row.status]++;
      const kreis = kreisByKey(row.kreisKey);
      if (kreis && isNamedPublicly(row.status)) named.push({ kreis, gemeinde: row.gemeinde });
    }
    result.set(ozgId, { counts, kommunen: named.sort(compareKommunen).map(kommuneLabel), stage: stageOf(counts) });
  }
  return result;
}

/** Kommunen counted with a confirmed, not withdrawn declaration. */
export function activeCount(counts: StatusCounts): number {
  return REUSE_STATUSES.filter(isActive).reduce((sum, s) => sum + counts[s], 0);
}
