import Link from "next/link";
import type { RessortView } from "@/lib/view/ressort-view";
import { ressortHref } from "@/lib/view/ressort-href";
import { formatDate, formatLongDate, leistungenCount } from "@/lib/format";
import { ExportLink } from "./export-link";
import styles from "./ressort.module.css";

interface RessortHeadingProps {
  view: RessortView;
}

/** Name of the ministry, the Stand and its count, the way to the dashboard and the export. */
export function RessortHeading({ view }: RessortHeadingProps) {
  const isNewest = view.stand === view.newestStand;
  const others = [...view.staende].reverse().filter((s) => s !== view.stand);
  return (
    <header className={styles.heading}>
      <p className={styles.crumbs}>
        <Link href={view.query.stand ? `/ressorts?stand=${view.query.stand}` : "/ressorts"} className="kern-link">
          Alle Ressorts
        </Link>
      </p>
      <h1 className="kern-heading-large">{view.name}</h1>
      <p className={`kern-body ${styles.meta}`} data-testid="ressort-meta">
        Ressort <abbr title={view.name}>{view.kuerzel}</abbr> · Stand <time dateTime={view.stand}>{formatLongDate(view.stand)}</time>
        {isNewest ? " (aktuell)" : " (älterer Stand)"} · <span data-testid="ressort-total">{leistungenCount(view.total)}</span>
      </p>
      <div className={styles.actions}>
        <Link href={view.dashboardHref} className="kern-btn kern-btn--primary" data-testid="ressort-dashboard-link">
          <span className="kern-label">In der Übersicht anzeigen</span>
        </Link>
        <ExportLink query={view.query} stand={view.stand} total={view.total} />
      </div>
      {others.length > 0 && (
        <nav className={styles.staende} aria-label="Anderer Stand">
          Anderer Stand:
          <ul>
            {others.map((s) => (
              <li key={s}>
                <Link href={ressortHref(view.kuerzel, s === view.newestStand ? null : s)} className="kern-link">
                  {formatDate(s)}
                  {s === view.newestStand ? " (aktuell)" : ""}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
