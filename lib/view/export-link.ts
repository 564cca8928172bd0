/** The export button of a view: its address, its label and what the file will hold, in German. */
import { exportColumns } from "../export/columns";
import { formatDate, leistungenCount } from "../format";
import type { Query } from "../query/query";
import { exportHref } from "../routes";

export interface ExportLinkModel {
  href: string;
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
    label: `CSV exportieren (${leistungenCount(total)})`,
    description: `Die CSV-Datei für Excel enthält ${rowsText(total)}, mit ${columns}, Stand ${formatDate(stand)}.`,
  };
}
