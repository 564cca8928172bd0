import type { DashboardModel } from "@/lib/view/dashboard";
import { SubscribeLink } from "@/app/_components/subscribe-link";
import styles from "./subscribe-details.module.css";

interface SubscribeDetailsProps {
  model: DashboardModel["subscribe"];
}

/** „Abonnieren“ beside the export: the changes feed of this selection, with how to add it in Outlook or Thunderbird. */
export function SubscribeDetails({ model }: SubscribeDetailsProps) {
  return (
    <details className={styles.chooser} data-testid="subscribe-details">
      <summary className="kern-btn kern-btn--tertiary">
        <span className="kern-label">Abonnieren</span>
      </summary>
      <div className={styles.form}>
        <SubscribeLink kind="feed" href={model.href} what={model.what} />
      </div>
    </details>
  );
}
