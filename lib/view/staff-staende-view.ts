/** The list of Stände in the staff area (/verwaltung/staende): every file and record with its state. */
import "server-only";
import type { StandStep } from "../routes";
import { type StandStatus, standStates } from "../store/repository";
import { isIsoDate } from "../iso-date";

export interface StaendeView {
  states: StandStatus[];
  /** What the last step did, in German (from the fixed list below, never from the URL's text). */
  done: string | null;
}

const DONE: Record<StandStep, (stand: string) => string> = {
  veroeffentlicht: (stand) => `Der Stand ${stand} ist veröffentlicht und ab sofort aktuell.`,
  zurueckziehen: (stand) => `Der Stand ${stand} ist zurückgezogen und auf keiner öffentlichen Seite mehr zu sehen.`,
  wiederherstellen: (stand) => `Der Stand ${stand} ist wiederhergestellt und wieder öffentlich.`,
  uebernehmen: (stand) => `Der Stand ${stand} ist geprüft, verzeichnet und öffentlich.`,
};

export const STATE_LABELS: Record<StandStatus["state"], string> = {
  ok: "Veröffentlicht",
  withdrawn: "Zurückgezogen",
  unregistered: "Nicht verzeichnet (von Hand abgelegt)",
  mismatch: "Datei verändert",
  missing: "Datei fehlt",
};

export async function loadStaendeView(search: Record<string, string | string[] | undefined>): Promise<StaendeView> {
  const states = (await standStates()).slice().reverse();
  const step = typeof search.erledigt === "string" && search.erledigt in DONE ? (search.erledigt as StandStep) : null;
  const stand = typeof search.stand === "string" && isIsoDate(search.stand) ? search.stand : null;
  return { states, done: step && stand ? DONE[step](stand) : null };
}
