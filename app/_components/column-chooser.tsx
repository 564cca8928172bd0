import { type Query } from "@/lib/query/query";
import { tableColumns } from "@/lib/view/table-model";
import { FIELD_IDS, FIELDS } from "@/lib/vocabulary";
import { InPlaceForm } from "./in-place-form";
import { QueryHiddenInputs } from "./query-hidden-inputs";

interface ColumnChooserProps {
  query: Query;
}

/** Chooses the columns of table and export; the checkboxes send `col`, the page turns them into `cols`. */
export function ColumnChooser({ query }: ColumnChooserProps) {
  const shown = new Set(tableColumns(query));
  return (
    <details className="column-chooser">
      <summary className="kern-btn kern-btn--tertiary">
        <span className="kern-label">Spalten wählen</span>
      </summary>
      <InPlaceForm action="/" className="column-chooser__form" aria-label="Spalten wählen">
        <QueryHiddenInputs query={query} omit={["cols"]} />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Angezeigte Spalten</legend>
          <div className="kern-fieldset__body column-chooser__options">
            {FIELD_IDS.map((field) => (
              <div className="kern-form-check" key={field}>
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`col-${field}`}
                  name="col"
                  value={field}
                  defaultChecked={shown.has(field)}
                />
                <label className="kern-label" htmlFor={`col-${field}`}>
                  {FIELDS[field].header}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Übernehmen</span>
        </button>
      </InPlaceForm>
    </details>
  );
}
