import type { NewsProblem } from "@/lib/news/schema";
import styles from "./news-problems.module.css";

interface NewsProblemsProps {
  problems: NewsProblem[];
  /** The alert's heading level where it is placed. */
  level: 2 | 3;
}

/** Broken news files, named with file and field; the other items and the table still work. */
export function NewsProblems({ problems, level }: NewsProblemsProps) {
  if (problems.length === 0) return null;
  const Heading = level === 2 ? "h2" : "h3";
  const files = new Set(problems.map((p) => p.file)).size;
  return (
    <div className={`kern-alert kern-alert--danger ${styles.problems}`} data-testid="news-problems">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <Heading className="kern-title">
          {files === 1 ? "Ein Beitrag kann nicht angezeigt werden" : `${files} Beiträge können nicht angezeigt werden`}
        </Heading>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list kern-list--small">
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
