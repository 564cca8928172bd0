import type { ReactNode } from "react";

interface ReuseFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The input itself; it gets aria-describedby from here. */
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** One field of the reuse forms: label, hint, the German error beside it (KERN form-input). */
export function ReuseField({ id, label, hint, error, children }: ReuseFieldProps) {
  const describedBy = [hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {hint}
        </div>
      )}
      {children(describedBy, Boolean(error))}
      {error && (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
    </div>
  );
}
