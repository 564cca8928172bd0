import styles from "./reuse-form.module.css";

interface ReuseErrorSummaryProps {
  errors: Partial<Record<string, string>>;
  /** Field name → its label, for the list. */
  labels: Record<string, string>;
  /** Input ids are `${idPrefix}-${field}`. */
  idPrefix: string;
}

/** Every problem of a sent form at its top, each linking to its field; „form“ holds what belongs to no field. */
export function ReuseErrorSummary({ errors, labels, idPrefix }: ReuseErrorSummaryProps) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return null;
  const general = errors.form;
  const fields = entries.filter(([field]) => field !== "form");
  return (
    <div className={`kern-alert kern-alert--danger ${styles.summary}`} role="alert" data-testid="form-errors">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{general && fields.length === 0 ? "Das hat nicht geklappt" : "Bitte prüfen Sie Ihre Angaben"}</span>
      </div>
      <div className="kern-alert__body">
        {general && <p className="kern-body">{general}</p>}
        {fields.length > 0 && (
          <ul className="kern-body">
            {fields.map(([field, message]) => (
              <li key={field}>
                <a href={`#${idPrefix}-${field}`} className="kern-link">
                  {labels[field] ?? field}: {message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
