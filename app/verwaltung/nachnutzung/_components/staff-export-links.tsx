import type { StaffFilterModel } from "@/lib/view/staff-reuse-view";
import styles from "./staff-reuse.module.css";

/** The shown declarations as a file for the ministry in charge (with contact data: for official use only). */
export function StaffExportLinks({ links, total }: { links: StaffFilterModel["links"]; total: number }) {
  return (
    <p className={styles.export}>
      <a href={links.csv} className="kern-btn kern-btn--secondary" download data-testid="export-csv">
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">CSV ({total})</span>
      </a>
      <a href={links.xlsx} className="kern-btn kern-btn--secondary" download data-testid="export-xlsx">
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">Excel ({total})</span>
      </a>
      <span className="kern-body kern-body--small">mit Kontaktdaten – nur für den Dienstgebrauch</span>
    </p>
  );
}
