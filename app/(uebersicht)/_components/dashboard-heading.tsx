import { formatLongDate, leistungenCount } from "@/lib/format";
import type { DashboardModel } from "@/lib/view/dashboard";
import { StandSelect } from "./stand-select";
import styles from "./dashboard-heading.module.css";

interface DashboardHeadingProps {
  heading: DashboardModel["heading"];
}

export function DashboardHeading({ heading }: DashboardHeadingProps) {
  return (
    <div className={styles.heading}>
      <div>
        <h1 className="kern-heading-large">Nachnutzungsübersicht der OZG-Leistungen</h1>
        <p className={`kern-body ${styles.stand}`}>
          Stand <time dateTime={heading.stand}>{formatLongDate(heading.stand)}</time>
          {heading.isNewest ? " (aktuell)" : " (älterer Stand)"} · {leistungenCount(heading.allCount)}
        </p>
      </div>
      <StandSelect choices={heading.staende} stand={heading.stand} hidden={heading.standHidden} />
    </div>
  );
}
