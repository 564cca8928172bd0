import { deadlineText } from "@/lib/news/format";
import { deadlineStatus } from "@/lib/news/timeline";
import styles from "./news-deadline.module.css";

interface NewsDeadlineProps {
  deadline: string;
  /** YYYY-MM-DD; days left count from here (see lib/news/timeline.ts). */
  today: string;
}

/** "Frist bis 21.11.2022: noch 20 Tage" (highlighted) or "Frist abgelaufen am 21.11.2022". */
export function NewsDeadline({ deadline, today }: NewsDeadlineProps) {
  const status = deadlineStatus(deadline, today);
  return (
    <p className={styles.deadline} data-state={status.state} data-testid="news-deadline">
      <time dateTime={deadline}>{deadlineText(status)}</time>
    </p>
  );
}
