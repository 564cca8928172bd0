import type { DeadlineBadge } from "@/lib/deadlines/deadline";
import styles from "./deadline-badges.module.css";

interface DeadlineBadgesProps {
  badges: DeadlineBadge[];
  /** Short texts („Frist 21.11.2022 – noch 12 Tage“) for tables and lists; long ones for the service's page. */
  compact?: boolean;
  /** Addresses already linked nearby (the row's news markers): those badges are plain text, not a second link. */
  linked?: ReadonlySet<string>;
}

/** The deadlines of a service: open ones highlighted with the days left, expired ones muted. */
export function DeadlineBadges({ badges, compact = false, linked }: DeadlineBadgesProps) {
  return (
    <ul className={compact ? `${styles.list} ${styles.compact}` : styles.list} data-testid="deadline-badges">
      {badges.map((b) => {
        const text = compact ? b.short : b.long;
        return (
          <li key={`${b.href}-${b.deadline}`} className={styles.badge} data-state={b.state} data-testid="deadline-badge">
            <time dateTime={b.deadline}>{text}</time>
            {!compact && (
              <>
                {" "}
                · <a href={b.href} className="kern-link">{b.label}</a>
              </>
            )}
            {compact && !linked?.has(b.href) && (
              <>
                {" "}
                <a href={b.href} className="kern-link">
                  <span className="visually-hidden">Zur Frist: </span>
                  {b.label}
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
