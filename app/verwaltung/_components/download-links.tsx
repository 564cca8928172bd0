import styles from "./download-links.module.css";

interface DownloadLinksProps {
  links: { csv: string; xlsx: string };
  /** Shown in the buttons' labels, e.g. the number of rows (omitted when undefined). */
  count?: number;
  /** What the files hold, beside the buttons. */
  note: string;
  /** Prefix of the buttons' test ids: `${prefix}-csv`, `${prefix}-xlsx`. */
  testIdPrefix: string;
}

/** A staff list as files: CSV and Excel of what the filter shows, with a line on what they hold. */
export function DownloadLinks({ links, count, note, testIdPrefix }: DownloadLinksProps) {
  const suffix = count === undefined ? "" : ` (${count})`;
  return (
    <p className={styles.links}>
      <a href={links.csv} className="kern-btn kern-btn--secondary" download data-testid={`${testIdPrefix}-csv`}>
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">CSV{suffix}</span>
      </a>
      <a href={links.xlsx} className="kern-btn kern-btn--secondary" download data-testid={`${testIdPrefix}-xlsx`}>
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">Excel{suffix}</span>
      </a>
      <span className="kern-body kern-body--small">{note}</span>
    </p>
  );
}
