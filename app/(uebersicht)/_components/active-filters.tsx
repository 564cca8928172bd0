import type { ActiveFiltersModel } from "@/lib/view/active-filters";
import styles from "./active-filters.module.css";

interface ActiveFiltersProps {
  model: ActiveFiltersModel;
}

/** The result count and every active filter as a removable chip, plus "alle zurücksetzen". */
export function ActiveFilters({ model }: ActiveFiltersProps) {
  return (
    <div>
      <p className="kern-body" role="status" aria-live="polite" aria-atomic="true" id="ergebnis-anzahl">
        {model.filtered ? (
          <>
            <strong>{model.totalText}</strong> von {model.allText} gefunden
          </>
        ) : (
          <>
            Alle <strong>{model.totalText}</strong>
          </>
        )}
      </p>
      {model.chips.length > 0 && (
        <ul className={styles.list} aria-label="Aktive Filter">
          {model.chips.map((chip) => (
            <li key={chip.key}>
              <a href={chip.href} className={styles.chip} aria-label={`${chip.text} – entfernen`} data-focus-key={`chip:${chip.key}`}>
                {chip.text}
                <span className={`kern-icon kern-icon--close kern-icon--small ${styles.remove}`} aria-hidden="true" />
              </a>
            </li>
          ))}
          <li>
            <a href={model.resetHref} className={`kern-link ${styles.reset}`} data-focus-key="chips-reset">
              Alle zurücksetzen
            </a>
          </li>
        </ul>
      )}
    </div>
  );
}
