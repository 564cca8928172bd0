/** The export buttons of a view (CSV and xlsx): their addresses, label and what the file will hold, in German. */
import { exportColumns } from "../export/columns";
import { formatDate, leistungenCount } from "../format";
import type { Query } from "../query/query";
import { exportHref } from "../routes";

export interface ExportLinkModel {
  href: string;
  /** The same rows as an Excel workbook. */
  xlsxHref: string;
  label: string;
  /** Said to screen readers: which rows and columns the file holds. */
  description: string;
}

function rowsText(total: number): string {
  if (total === 0) return "keine Leistung, nur die Spaltenüberschriften";
  if (total === 1) return "die 1 Leistung dieser Auswahl";
  return `alle ${leistungenCount(total)} dieser Auswahl, nicht nur die angezeigte Seite`;
}

/** `stand` is the Stand shown: the link names it, so the file matches the page even after a new Stand. */
export function exportLink(query: Query, stand: string, total: number): ExportLinkModel {
  const columnCount = exportColumns(query).length;
  const columns = !query.cols ? `allen ${columnCount} Spalten` : columnCount === 1 ? "der gewählten Spalte" : `den ${columnCount} gewählten Spalten`;
  return {
    href: exportHref(query, stand),
    xlsxHref: exportHref(query, stand, "xlsx"),
    label: `CSV exportieren (${leistungenCount(total)})`,
    description: `Die Datei enthält ${rowsText(total)}, mit ${columns}, Stand ${formatDate(stand)}; als CSV für jedes Tabellenprogramm oder als Excel-Arbeitsmappe.`,
  };
}
