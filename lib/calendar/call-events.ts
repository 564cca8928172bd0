/**
 * Calls for reuse interest as calendar events: each deadline an all-day event „Frist: Abfrage
 * zur Nachnutzung – …“ in the category Frist, naming its services (so `?ozgId=` finds it).
 */
import { formatDate } from "../format";
import { uuidV5 } from "../http/stable-id";
import type { ReuseCall } from "../reuse/call-state";
import { PATHS, leistungHref } from "../routes";
import type { CalendarEvent } from "./event";
import { type ServiceNames } from "../dataset/rows";

export function callEvents(calls: readonly ReuseCall[], names: ServiceNames): CalendarEvent[] {
  return calls.map((call) => {
    const services = call.ozgIds.map((id) => names.get(id) ?? `OZG-ID ${id}`);
    return {
      uid: uuidV5(`abfragen/${call.id}#frist`),
      summary: `Frist: Abfrage zur Nachnutzung – ${services.join(", ")}`,
      description: [call.text, `Interesse bekunden bis ${formatDate(call.frist)} auf der Seite der Leistung.`, `OZG-IDs: ${call.ozgIds.join(", ")}`].join("\n\n"),
      url: call.ozgIds.length === 1 ? leistungHref(call.ozgIds[0]) : PATHS.kommunen,
      start: { date: call.frist },
      category: "Frist",
      ozgIds: call.ozgIds,
      modifiedMs: Date.parse(call.updatedAt),
      transparent: true,
      source: `abfragen/${call.id}`,
    };
  });
}
