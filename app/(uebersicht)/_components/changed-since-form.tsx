import { PATHS } from "@/lib/routes";
import type { ChangedSinceForm as ChangedSinceModel } from "@/lib/view/dashboard";
import { InPlaceForm } from "@/app/_components/in-place-form";
import { HiddenInputs } from "./hidden-inputs";
import styles from "./changed-since-form.module.css";
import facetStyles from "./facet-groups.module.css";

interface ChangedSinceFormProps {
  model: ChangedSinceModel;
}

/** „Geändert seit“ as a filter: only services new or changed since an older Stand, optionally in some fields. */
export function ChangedSinceForm({ model }: ChangedSinceFormProps) {
  return (
    <details className={facetStyles.facet} open={model.selected !== null} data-testid="changed-since">
      <summary className={facetStyles.title}>
        Neu oder geändert seit
        {model.selected && <span className={facetStyles.badge}>gewählt</span>}
      </summary>
      <InPlaceForm action={PATHS.uebersicht} className={styles.form} aria-label="Neu oder geändert seit">
        <HiddenInputs inputs={model.hidden} />
        <label className="kern-label" htmlFor="geaendertSeit">
          Stand
        </label>
        <div className="kern-form-input__select-wrapper">
          <select key={model.selected ?? ""} id="geaendertSeit" name="geaendertSeit" className="kern-form-input__select" defaultValue={model.selected ?? ""}>
            <option value="">– alle Leistungen –</option>
            {model.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={styles.fields}>
          <legend className={styles.legend}>Nur Änderungen an (ohne Auswahl: an jedem Feld)</legend>
          {model.fields.map((f) => (
            <div className="kern-form-check" key={f.field}>
              <input className="kern-form-check__checkbox" type="checkbox" id={`geaendert-${f.field}`} name="geaendert" value={f.field} defaultChecked={f.checked} />
              <label className="kern-label" htmlFor={`geaendert-${f.field}`}>
                {f.header}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="kern-btn kern-btn--secondary" data-focus-key="geaendert-seit-anwenden">
          <span className="kern-label">Anwenden</span>
        </button>
      </InPlaceForm>
    </details>
  );
}
