"use client";

import { RESULTS_ANCHOR } from "@/lib/routes";

interface ShowResultsButtonProps {
  panelId: string;
  /** „12 Ergebnisse anzeigen“ */
  label: string;
}

/**
 * Closes the phone's filter panel (popovertarget: also without JavaScript) and, with it, brings
 * the results and their count into view with focus on their heading.
 */
export function ShowResultsButton({ panelId, label }: ShowResultsButtonProps) {
  function show() {
    const results = document.getElementById(RESULTS_ANCHOR);
    results?.scrollIntoView({ block: "start" });
    document.getElementById("ergebnisse-titel")?.focus({ preventScroll: true });
  }
  return (
    <button type="button" popoverTarget={panelId} popoverTargetAction="hide" className="kern-btn kern-btn--primary" onClick={show} data-testid="filter-show-results">
      <span className="kern-label">{label}</span>
    </button>
  );
}
