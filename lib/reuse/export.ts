/**
 * Declarations as a table for the ministry in charge (CSV for German Excel, or a workbook): one
 * row per declaration with contact data, status, dates and the whole history in one cell. CSV
 * with the same BOM, `;`, CRLF, quoting and formula escaping as the overview's export.
 */
import { BOM, csvCell } from "../csv/write";
import { formatDate } from "../format";
import { xlsxCellText } from "../export/xlsx-stream";
import { type WorkbookContent, workbookBytes } from "../xlsx/write";
import type { ReuseCall } from "./call-state";
import type { DeclarationWithHistory } from "./declarations";
import { kommuneLabel } from "../reuse-vocabulary/kommunen";
import { statusLabel } from "../reuse-vocabulary/status";
import { type ServiceNames } from "../dataset/rows";

export const EXPORT_HEADERS = [
  "OZG-ID",
  "Leistung",
  "Kommune",
  "Landkreis oder kreisfreie Stadt",
  "Kreisschlüssel",
  "Gemeindeschlüssel",
  "Ansprechperson",
  "E-Mail",
  "Telefon",
  "Geplanter Start",
  "Kommentar",
  "Status",
  "Status seit",
  "Verspätet",
  "Abfrage (Frist)",
  "Bekundet am",
  "Bestätigt am",
  "Verlauf",
  "Kennung",
] as const;

const berlin = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });
const day = (iso: string | null) => (iso ? formatDate(berlin.format(new Date(iso))) : "");

/** „09.2026“ */
function month(start: string): string {
  return `${start.slice(5, 7)}.${start.slice(0, 4)}`;
}

export interface ExportContext {
  /** Service names by OZG-ID (newest Stand). */
  leistungen: ServiceNames;
  calls: readonly ReuseCall[];
}

export function exportRow(d: DeclarationWithHistory, context: ExportContext): string[] {
  const call = d.callId ? context.calls.find((c) => c.id === d.callId) : undefined;
  const lastStep = d.history.at(-1);
  return [
    d.ozgId,
    context.leistungen.get(d.ozgId) ?? "",
    kommuneLabel(d.kommune),
    d.kommune.kreis.officialName,
    d.kommune.kreis.key,
    d.kommune.ags ?? "",
    d.kontakt?.name ?? "",
    d.kontakt?.email ?? "",
    d.kontakt?.telefon ?? "",
    month(d.start),
    d.kommentar ?? "",
    statusLabel(d.status),
    lastStep ? formatDate(lastStep.date) : day(d.statusAt),
    d.late ? "ja" : "nein",
    call ? formatDate(call.frist) : "",
    day(d.createdAt),
    day(d.confirmedAt),
    d.history.map((h) => `${formatDate(h.date)} ${statusLabel(h.status)}${h.note ? `: ${h.note}` : ""} (${h.actor})`).join("\n"),
    d.id,
  ];
}

export function declarationsCsv(declarations: readonly DeclarationWithHistory[], context: ExportContext): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(";") + "\r\n";
  return BOM + line(EXPORT_HEADERS) + declarations.map((d) => line(exportRow(d, context))).join("");
}

export async function declarationsWorkbook(
  declarations: readonly DeclarationWithHistory[],
  context: ExportContext,
  info: readonly (readonly [string, string])[],
): Promise<Buffer> {
  const content: WorkbookContent = {
    table: {
      name: "Nachnutzung",
      headers: EXPORT_HEADERS,
      rowCount: declarations.length,
      rows: declarations.map((d) => exportRow(d, context).map(xlsxCellText)),
    },
    info: { name: "Info", rows: info },
  };
  return workbookBytes(content);
}

/** nachnutzung_2026-03-02.csv */
export function exportFileName(today: string, format: "csv" | "xlsx"): string {
  return `nachnutzung_${today}.${format}`;
}
