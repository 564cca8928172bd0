import Link from "next/link";
import type { RessortView } from "@/lib/view/ressort-view";
import { formatDate, formatLongDate, leistungenCount } from "@/lib/format";
import { ExportLink } from "@/app/_components/export-link";
import styles from "./ressort.module.css";

interface RessortHeadingProps {
  view: RessortView;
}

/** Name of the ministry, the Stand and its count, the way to the dashboard and the export. */
export function RessortHeading({ view }: RessortHeadingProps) {
  return (
    <header className={styles.heading}>
      <p className={styles.crumbs}>
        <Link href={view.indexHref} className="kern-link">
          Alle Ressorts
        </Link>
      </p>
      <h1 className="kern-heading-large">{view.name}</h1>
      <p className={`kern-body ${styles.meta}`} data-testid="ressort-meta">
        Ressort <abbr title={view.name}>{view.kuerzel}</abbr> · Stand <time dateTime={view.stand}>{formatLongDate(view.stand)}</time>
        {view.isNewest ? " (aktuell)" : " (älterer Stand)"} · <span data-testid="ressort-total">{leistungenCount(view.total)}</span>
      </p>
      <div className={styles.actions}>
        <Link href={view.dashboardHref} className="kern-btn kern-btn--primary" data-testid="ressort-dashboard-link">
          <span className="kern-label">In der Übersicht anzeigen</span>
        </Link>
        <ExportLink model={view.exportLink} />
      </div>
      {view.otherStaende.length > 0 && (
        <nav className={styles.staende} aria-label="Anderer Stand">
          Anderer Stand:
          <ul>
            {view.otherStaende.map((other) => (
              <li key={other.stand}>
                <Link href={other.href} className="kern-link">
                  {formatDate(other.stand)}
                  {other.isNewest ? " (aktuell)" : ""}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
