import { RESULTS_ANCHOR } from "@/lib/routes";
import type { DashboardModel } from "@/lib/view/dashboard";
import { FILTER_ANCHOR } from "@/lib/view/skip-links";
import { ChangedSinceForm } from "./changed-since-form";
import { FacetGroups } from "./facet-groups";
import { ShowResultsButton } from "./show-results-button";
import styles from "./filter-area.module.css";

interface FilterAreaProps {
  model: DashboardModel["filter"];
}

const PANEL_ID = "filter-panel";

/**
 * The filters. On wide screens a column beside the results that stays in view while the page
 * scrolls; on phones a full-screen panel opened by „Filter“ and closed by „N Ergebnisse
 * anzeigen“. The panel is a popover: opening and closing work without JavaScript.
 */
export function FilterArea({ model }: FilterAreaProps) {
  return (
    <div id={FILTER_ANCHOR} tabIndex={-1} className={styles.area}>
      <button type="button" popoverTarget={PANEL_ID} className={`kern-btn kern-btn--secondary ${styles.open}`} data-testid="filter-open">
        <span className="kern-label">
          Filter{model.activeCount > 0 && <span className={styles.openCount}> ({model.activeCount} aktiv)</span>}
        </span>
      </button>
      <nav id={PANEL_ID} popover="auto" className={styles.panel} aria-labelledby="filter-titel" data-testid="facet-panel">
        <div className={styles.head}>
          <h2 id="filter-titel" className="kern-heading-small">
            Filter
          </h2>
          {/* Wide screens: back from the filters to the results in one step. */}
          <a href={`#${RESULTS_ANCHOR}`} className={`kern-link ${styles.toResults}`} data-testid="filter-to-results">
            {model.showResults}
          </a>
          <button type="button" popoverTarget={PANEL_ID} popoverTargetAction="hide" className={`kern-btn kern-btn--tertiary ${styles.phoneOnly}`}>
            <span className="kern-label">Schließen</span>
          </button>
        </div>
        <div className={styles.body}>
          {model.changedSince && <ChangedSinceForm model={model.changedSince} />}
          <FacetGroups groups={model.groups} />
        </div>
        <div className={`${styles.foot} ${styles.phoneOnly}`}>
          <ShowResultsButton panelId={PANEL_ID} label={model.showResults} />
        </div>
      </nav>
    </div>
  );
}
