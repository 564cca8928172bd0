import type { ExportLinkModel } from "@/lib/view/export-link";

interface ExportLinkProps {
  model: ExportLinkModel;
  /** Id of the hidden description; set it when a page shows more than one export link. */
  descriptionId?: string;
}

/** Downloads the current view as CSV or as an Excel workbook: all matching rows, not only this page. */
export function ExportLink({ model, descriptionId = "export-beschreibung" }: ExportLinkProps) {
  return (
    <>
      <a href={model.href} className="kern-btn kern-btn--secondary" download aria-describedby={descriptionId} data-testid="export-link">
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">{model.label}</span>
      </a>
      <a href={model.xlsxHref} className="kern-btn kern-btn--secondary" download aria-describedby={descriptionId} data-testid="export-link-xlsx">
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">Excel-Datei (.xlsx)</span>
      </a>
      <span id={descriptionId} className="visually-hidden">
        {model.description}
      </span>
    </>
  );
}
