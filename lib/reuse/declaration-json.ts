/**
 * A declaration as GET /api/nachnutzung answers it (docs/contract.md §7), with contact data: for
 * staff only (Bearer). `kommune.name` is the Gemeinde, or the Landkreis / kreisfreie Stadt itself.
 */
import type { DeclarationWithHistory } from "./declarations";
import { kommuneLabel } from "../reuse-vocabulary/kommunen";
import type { ReuseStatus } from "../reuse-vocabulary/status";

export interface DeclarationJson {
  id: string;
  ozgId: string;
  kommune: { name: string; kreis: string; ags: string | null; kreisschluessel: string; bezeichnung: string };
  kontakt: { name: string; email: string; telefon: string | null } | null;
  start: string;
  kommentar: string | null;
  status: ReuseStatus;
  late: boolean;
  abfrage: string | null;
  bekundetAm: string;
  bestaetigtAm: string | null;
  kontaktGeloeschtAm: string | null;
  history: { at: string; actor: string; status: ReuseStatus; von: ReuseStatus | null; datum: string; notiz: string | null }[];
}

export function declarationJson(d: DeclarationWithHistory): DeclarationJson {
  return {
    id: d.id,
    ozgId: d.ozgId,
    kommune: {
      name: d.kommune.gemeinde ?? d.kommune.kreis.name,
      kreis: d.kommune.kreis.name,
      ags: d.kommune.ags,
      kreisschluessel: d.kommune.kreis.key,
      bezeichnung: kommuneLabel(d.kommune),
    },
    kontakt: d.kontakt,
    start: d.start,
    kommentar: d.kommentar,
    status: d.status,
    late: d.late,
    abfrage: d.callId,
    bekundetAm: d.createdAt,
    bestaetigtAm: d.confirmedAt,
    kontaktGeloeschtAm: d.contactDeletedAt,
    history: d.history.map((h) => ({ at: h.at, actor: h.actor, status: h.status, von: h.previousStatus, datum: h.date, notiz: h.note })),
  };
}
