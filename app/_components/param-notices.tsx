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
        <h2 className="kern-title">Einige Angaben im Link konnten nicht verwendet werden</h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {problems.map((p, i) => (
            // The same invalid value can appear twice (?phase=X&phase=X): key by position.
            <li key={i}>{p.message}</li>
          ))}
        </ul>
        <p className="kern-body kern-body--small">
          Angezeigt wird die Seite ohne diese Angaben. Stammt der Link aus einer E-Mail, ist er vielleicht unvollständig: Wählen Sie
          Filter und Einstellungen dann hier auf der Seite neu.
        </p>
      </div>
    </div>
  );
}
