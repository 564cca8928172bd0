import { formatDate } from "@/lib/format";
import type { Query } from "@/lib/query/query";
import { InPlaceForm } from "./in-place-form";
import { QueryHiddenInputs } from "./query-hidden-inputs";

interface StandSelectProps {
  query: Query;
  staende: string[];
  stand: string;
}

export function StandSelect({ query, staende, stand }: StandSelectProps) {
  const newestFirst = [...staende].reverse();
  return (
    <InPlaceForm action="/" className="stand-select" aria-label="Stand wählen">
      <QueryHiddenInputs query={query} omit={["stand"]} />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="stand">
          Stand
        </label>
        <div className="kern-form-input__select-wrapper">
          <select key={stand} id="stand" name="stand" className="kern-form-input__select" defaultValue={stand}>
            {newestFirst.map((s, i) => (
              <option key={s} value={s}>
                {formatDate(s)}
                {i === 0 ? " (aktuell)" : ""}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary">
        <span className="kern-label">Anzeigen</span>
      </button>
    </InPlaceForm>
  );
}
