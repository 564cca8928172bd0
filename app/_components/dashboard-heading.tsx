import { formatLongDate, leistungenCount } from "@/lib/format";
import type { OverviewView } from "@/lib/view/overview-view";
import { StandSelect } from "./stand-select";

interface DashboardHeadingProps {
  view: OverviewView;
}

export function DashboardHeading({ view }: DashboardHeadingProps) {
  const isNewest = view.stand === view.newestStand;
  return (
    <div className="dashboard-heading">
      <div>
        <h1 className="kern-heading-large">Nachnutzungsübersicht der OZG-Leistungen</h1>
        <p className="kern-body dashboard-heading__stand">
          Stand <time dateTime={view.stand}>{formatLongDate(view.stand)}</time>
          {isNewest ? " (aktuell)" : " (älterer Stand)"} · {leistungenCount(view.dataset.rows.length)}
        </p>
      </div>
      <StandSelect query={view.query} staende={view.staende} stand={view.stand} />
    </div>
  );
}
