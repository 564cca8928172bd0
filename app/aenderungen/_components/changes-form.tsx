import { formatDate } from "@/lib/format";
import { PATHS } from "@/lib/routes";
import { InPlaceForm } from "@/app/_components/in-place-form";
import styles from "./changes-page.module.css";

interface ChangesFormProps {
  staende: readonly string[];
  von: string | null;
  bis: string | null;
}

/** Chooses the two Stände to compare; a GET form, in place with JavaScript. */
export function ChangesForm({ staende, von, bis }: ChangesFormProps) {
  const newestFirst = [...staende].reverse();
  const select = (name: "von" | "bis", label: string, value: string | null) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={`stand-${name}`}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select key={value ?? ""} id={`stand-${name}`} name={name} className="kern-form-input__select" defaultValue={value ?? ""}>
          {newestFirst.map((s) => (
            <option key={s} value={s}>
              {formatDate(s)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
  return (
    <InPlaceForm action={PATHS.aenderungen} className={styles.form} aria-label="Stände vergleichen">
      {select("von", "Von Stand", von)}
      {select("bis", "Bis Stand", bis)}
      <button type="submit" className="kern-btn kern-btn--secondary">
        <span className="kern-label">Vergleichen</span>
      </button>
    </InPlaceForm>
  );
}
