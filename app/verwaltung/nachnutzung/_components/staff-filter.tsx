import type { StaffFilterModel } from "@/lib/view/staff-reuse-view";
import styles from "./staff-reuse.module.css";

interface StaffFilterProps {
  model: StaffFilterModel;
  action: string;
  /** Hidden fields the form keeps (e.g. ansicht=kommune). */
  hidden?: Record<string, string>;
}

/** Filter by Landkreis, service, status and call: a GET form, so every view is a link. */
export function StaffFilter({ model, action, hidden = {} }: StaffFilterProps) {
  return (
    <form method="get" action={action} className={styles.filter} aria-label="Bekundungen filtern" data-testid="staff-filter">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="f-kreis">
          Landkreis oder kreisfreie Stadt
        </label>
        <div className="kern-form-input__select-wrapper">
          <select id="f-kreis" name="kreis" className="kern-form-input__select" defaultValue={model.kreise.find((k) => k.selected)?.value ?? ""}>
            <option value="">alle</option>
            {model.kreise.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="f-leistung">
          Leistung
        </label>
        <div className="kern-form-input__select-wrapper">
          <select id="f-leistung" name="ozgId" className="kern-form-input__select" defaultValue={model.services.find((s) => s.selected)?.value ?? ""}>
            <option value="">alle</option>
            {model.services.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="f-abfrage">
          Abfrage
        </label>
        <div className="kern-form-input__select-wrapper">
          <select id="f-abfrage" name="abfrage" className="kern-form-input__select" defaultValue={model.calls.find((c) => c.selected)?.value ?? ""}>
            <option value="">alle</option>
            {model.calls.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Status</legend>
        <div className={`kern-fieldset__body kern-fieldset__body--horizontal ${styles.statuses}`}>
          {model.statuses.map((s) => (
            <div className="kern-form-check" key={s.value}>
              <input className="kern-form-check__checkbox" type="checkbox" id={`f-status-${s.value}`} name="status" value={s.value} defaultChecked={s.selected} />
              <label className="kern-label" htmlFor={`f-status-${s.value}`}>
                {s.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className={styles.filterButtons}>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Filtern</span>
        </button>
        <a href={action} className="kern-link">
          Filter zurücksetzen
        </a>
      </div>
      {model.problems.length > 0 && (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__body">
            {model.problems.map((p) => (
              <p key={p} className="kern-body">
                {p}
              </p>
            ))}
          </div>
        </div>
      )}
    </form>
  );
}
