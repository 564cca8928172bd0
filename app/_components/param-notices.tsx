import type { ParamProblem } from "@/lib/params/problem";

interface ParamNoticesProps {
  problems: ParamProblem[];
}

/** Invalid URL parameters: explained, while the view falls back to their defaults. */
export function ParamNotices({ problems }: ParamNoticesProps) {
  if (problems.length === 0) return null;
  return (
    <div className="kern-alert kern-alert--warning" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">Die Adresse enthält ungültige Angaben</h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {problems.map((p, i) => (
            // The same invalid value can appear twice (?phase=X&phase=X): key by position.
            <li key={i}>{p.message}</li>
          ))}
        </ul>
        <p className="kern-body kern-body--small">Diese Angaben werden ignoriert; es gilt jeweils die Voreinstellung.</p>
      </div>
    </div>
  );
}
