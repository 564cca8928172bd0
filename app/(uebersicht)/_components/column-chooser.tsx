import { PATHS } from "@/lib/routes";
import type { DashboardModel } from "@/lib/view/dashboard";
import { HiddenInputs } from "./hidden-inputs";
import { InPlaceForm } from "@/app/_components/in-place-form";
import styles from "./column-chooser.module.css";

interface ColumnChooserProps {
  model: DashboardModel["columnChooser"];
}

/** Chooses the columns of table and export; the checkboxes send `col`, the page turns them into `cols`. */
export function ColumnChooser({ model }: ColumnChooserProps) {
  return (
    <details className={styles.chooser}>
      <summary className="kern-btn kern-btn--tertiary">
        <span className="kern-label">Spalten wählen</span>
      </summary>
      <InPlaceForm action={PATHS.uebersicht} className={styles.form} aria-label="Spalten wählen">
        <HiddenInputs inputs={model.hidden} />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Angezeigte Spalten</legend>
          <div className={`kern-fieldset__body ${styles.options}`}>
            {model.options.map((option) => (
              <div className="kern-form-check" key={option.field}>
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`col-${option.field}`}
                  name="col"
                  value={option.field}
                  defaultChecked={option.checked}
                />
                <label className="kern-label" htmlFor={`col-${option.field}`}>
                  {option.header}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="kern-btn kern-btn--primary" data-focus-key="spalten-uebernehmen">
          <span className="kern-label">Übernehmen</span>
        </button>
      </InPlaceForm>
    </details>
  );
}
