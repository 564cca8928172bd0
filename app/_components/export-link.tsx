import { leistungenCount } from "@/lib/format";
import type { Query } from "@/lib/query/query";
import { exportHref } from "@/lib/view/export-href";

interface ExportLinkProps {
  query: Query;
  stand: string;
  total: number;
}

/** Downloads the current view as CSV for Excel: all matching rows, not only this page. */
export function ExportLink({ query, total }: ExportLinkProps) {
  return (
    <a href={exportHref(query)} className="kern-btn kern-btn--secondary export-link" download data-testid="export-link">
      <span className="kern-icon kern-icon--download" aria-hidden="true" />
      <span className="kern-label">CSV exportieren ({leistungenCount(total)})</span>
    </a>
  );
}
