import type { RecordView } from "@/lib/view/record-view";
import { PATHS } from "@/lib/routes";
import styles from "./protokoll.module.css";

/** Filter by action, actor and days: a GET form, so every view of the record is a link. */
export function RecordFilterForm({ view }: { view: RecordView }) {
  return (
    <form method="get" action={PATHS.verwaltungProtokoll} className={styles.filter} aria-label="Protokoll filtern" data-testid="record-filter">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="p-action">
          Aktion
        </label>
        <div className="kern-form-input__select-wrapper">
          <select id="p-action" name="action" className="kern-form-input__select" defaultValue={view.params.action ?? ""}>
            <option value="">alle</option>
            {view.actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="p-actor">
          Wer
        </label>
        <div className="kern-hint" id="p-actor-hinweis">
          E-Mail-Adresse, „Kommandozeile“, „System“ oder „unbekannt“ (genau)
        </div>
        <input id="p-actor" name="actor" type="text" spellCheck={false} className="kern-form-input__input" defaultValue={view.params.actor ?? ""} aria-describedby="p-actor-hinweis" />
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="p-von">
          Von (Tag)
        </label>
        <input id="p-von" name="von" type="date" className="kern-form-input__input" defaultValue={view.params.von ?? ""} />
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="p-bis">
          Bis (Tag, einschließlich)
        </label>
        <input id="p-bis" name="bis" type="date" className="kern-form-input__input" defaultValue={view.params.bis ?? ""} />
      </div>
      <div className={styles.buttons}>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Filtern</span>
        </button>
        {view.active && (
          <a href={view.links.reset} className="kern-link">
            Filter zurücksetzen
          </a>
        )}
      </div>
    </form>
  );
}
