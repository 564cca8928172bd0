import { formatDate, leistungenCount } from "@/lib/format";
import type { Query } from "@/lib/query/query";
import { exportColumns, exportHref } from "@/lib/view/export-href";

interface ExportLinkProps {
  query: Query;
  /** The Stand shown; the link names it, so the file matches the page even after a new Stand. */
  stand: string;
  /** Number of matching rows: all of them are exported, not only this page. */
  total: number;
  /** Id of the hidden description; set it when a page shows more than one export link. */
  descriptionId?: string;
}

function rowsText(total: number): string {
  if (total === 0) return "keine Leistung, nur die Spaltenüberschriften";
  if (total === 1) return "die 1 Leistung dieser Auswahl";
  return `alle ${leistungenCount(total)} dieser Auswahl, nicht nur die angezeigte Seite`;
}

/** Downloads the current view as CSV or as an Excel workbook: all matching rows, not only this page. */
export function ExportLink({ query, stand, total, descriptionId = "export-beschreibung" }: ExportLinkProps) {
  const columnCount = exportColumns(query).length;
  const columns = !query.cols ? `allen ${columnCount} Spalten` : columnCount === 1 ? "der gewählten Spalte" : `den ${columnCount} gewählten Spalten`;
  return (
    <>
      <a
        href={exportHref(query, stand)}
        className="kern-btn kern-btn--secondary export-link"
        download
        aria-describedby={descriptionId}
        data-testid="export-link"
      >
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">CSV exportieren ({leistungenCount(total)})</span>
      </a>
      <a
        href={exportHref(query, stand, "xlsx")}
        className="kern-btn kern-btn--secondary export-link"
        download
        aria-describedby={descriptionId}
        data-testid="export-link-xlsx"
      >
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">Excel-Datei (.xlsx)</span>
      </a>
      <span id={descriptionId} className="visually-hidden">
        {`Die Datei enthält ${rowsText(total)}, mit ${columns}, Stand ${formatDate(stand)}; als CSV für jedes Tabellenprogramm oder als Excel-Arbeitsmappe.`}
      </span>
    </>
  );
}
