import type { OverviewView } from "@/lib/view/overview-view";

interface DashboardChartsProps {
  view: OverviewView;
}

/** Charts of the current query (issue "Charts"): placeholder until the charts land. */
export function DashboardCharts(_props: DashboardChartsProps) {
  return null;
}
