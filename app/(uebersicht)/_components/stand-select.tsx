import { PATHS } from "@/lib/routes";
import type { HiddenInput } from "@/lib/view/hidden-inputs";
import type { StandChoice } from "@/lib/view/dashboard";
import { HiddenInputs } from "./hidden-inputs";
import { InPlaceForm } from "@/app/_components/in-place-form";
import styles from "./stand-select.module.css";

interface StandSelectProps {
  choices: StandChoice[];
  stand: string;
  hidden: HiddenInput[];
}

export function StandSelect({ choices, stand, hidden }: StandSelectProps) {
  return (
    <InPlaceForm action={PATHS.uebersicht} className={styles.form} aria-label="Stand wählen">
      <HiddenInputs inputs={hidden} />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="stand">
          Stand
        </label>
        <div className="kern-form-input__select-wrapper">
          <select key={stand} id="stand" name="stand" className="kern-form-input__select" defaultValue={stand}>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary" data-focus-key="stand-anzeigen">
        <span className="kern-label">Anzeigen</span>
      </button>
    </InPlaceForm>
  );
}
