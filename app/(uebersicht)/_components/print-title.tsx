import type { DashboardModel } from "@/lib/view/dashboard";
import styles from "./print-title.module.css";

interface PrintTitleProps {
  model: DashboardModel["print"];
}

/** Only on paper: what the printed table is – Stand, filters in words, the date and the view's address. */
export function PrintTitle({ model }: PrintTitleProps) {
  return (
    <div className={styles.title} data-testid="print-title">
      <p className={styles.main}>{model.title}</p>
      {model.lines.map((line) => (
        <p key={line} className={styles.line}>
          {line}
        </p>
      ))}
    </div>
  );
}
