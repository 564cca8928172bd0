/** The part of a service that its page shows for every Stand (its development over time). */
import type { FieldId } from "../vocabulary";
import type { Leistung } from "../leistung";

export const HISTORY_FIELDS = ["phase", "prioritaet", "umsetzungsmodell", "reifegrad", "nachnutzbarKommunen", "onlineDienst"] as const satisfies readonly FieldId[];
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export type HistoryRow = Pick<Leistung, "ozgId" | "leistung" | HistoryField>;

export function historyRow(row: Leistung): HistoryRow {
  const picked = { ozgId: row.ozgId, leistung: row.leistung } as HistoryRow;
  for (const field of HISTORY_FIELDS) (picked as Record<HistoryField, string>)[field] = row[field];
  return picked;
}
