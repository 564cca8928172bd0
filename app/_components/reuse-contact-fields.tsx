import type { DeclarationFormState, FormValues } from "@/lib/reuse/form";
import { ReuseField } from "./reuse-field";
import styles from "./reuse-form.module.css";

interface ReuseContactFieldsProps {
  /** Prefix of the input ids (two forms may share a page). */
  idPrefix: string;
  values: FormValues;
  errors: DeclarationFormState["errors"];
  maxCommentLength: number;
}

const input = (error: boolean) => `kern-form-input__input${error ? " kern-form-input__input--error" : ""}`;

/** Contact person, e-mail, phone, planned start and comment: the same in the declaration and the change form. */
export function ReuseContactFields({ idPrefix, values, errors, maxCommentLength }: ReuseContactFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className={styles.pair}>
        <ReuseField id={id("name")} label="Ansprechperson" error={errors.name}>
          {(describedBy, invalid) => (
            <input id={id("name")} name="name" type="text" autoComplete="name" required maxLength={100} className={input(invalid)} defaultValue={values.name ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </ReuseField>
        <ReuseField id={id("email")} label="E-Mail-Adresse" hint="An sie geht der Link zum Bestätigen." error={errors.email}>
          {(describedBy, invalid) => (
            <input id={id("email")} name="email" type="email" autoComplete="email" required maxLength={254} className={input(invalid)} defaultValue={values.email ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </ReuseField>
      </div>
      <div className={styles.pair}>
        <ReuseField id={id("telefon")} label="Telefon (freiwillig)" error={errors.telefon}>
          {(describedBy, invalid) => (
            <input id={id("telefon")} name="telefon" type="tel" autoComplete="tel" maxLength={30} className={input(invalid)} defaultValue={values.telefon ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </ReuseField>
        <ReuseField id={id("start")} label="Geplanter Start" hint="Monat und Jahr, z. B. 2026-09" error={errors.start}>
          {(describedBy, invalid) => (
            <input id={id("start")} name="start" type="month" required min="2020-01" max="2099-12" placeholder="JJJJ-MM" className={input(invalid)} defaultValue={values.start ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </ReuseField>
      </div>
      <ReuseField id={id("kommentar")} label="Kommentar (freiwillig)" hint={`Höchstens ${maxCommentLength.toLocaleString("de-DE")} Zeichen. Bitte keine Angaben zu weiteren Personen.`} error={errors.kommentar}>
        {(describedBy, invalid) => (
          <textarea id={id("kommentar")} name="kommentar" rows={4} maxLength={maxCommentLength} className={input(invalid)} defaultValue={values.kommentar ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </ReuseField>
    </>
  );
}
