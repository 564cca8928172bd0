import type { CSSProperties } from "react";
import { chartPaletteStyle } from "@/lib/charts/colors";
import { withoutStacks } from "@/lib/charts/model";
import type { RessortView } from "@/lib/view/ressort-view";
import { ChartCard } from "@/app/_components/chart-card";
import { ParamNotices } from "@/app/_components/param-notices";
import { RessortChanges } from "./ressort-changes";
import { RessortHeading } from "./ressort-heading";
import { RessortOpenList } from "./ressort-open-list";
import styles from "./ressort.module.css";
import { SubscribeLink } from "@/app/_components/subscribe-link";
import { ressortFeedHref } from "@/lib/routes";
import { CLIENT_NAV_SCOPE } from "@/lib/view/client-navigation";

interface RessortDetailProps {
  view: RessortView;
}

/** One ministry: its services by phase and priority, the open high-priority ones, what moved. */
export function RessortDetail({ view }: RessortDetailProps) {
  return (
    <div className={styles.page} style={chartPaletteStyle() as CSSProperties} {...CLIENT_NAV_SCOPE}>
      <RessortHeading view={view} />
      <ParamNotices problems={view.problems} />
      <div className={styles.charts}>
        <ChartCard model={withoutStacks(view.phase)} stack={view.phase.stacks[0]} level={2} idPrefix="ressort" />
        <ChartCard model={view.prioritaet} level={2} idPrefix="ressort" />
      </div>
      <RessortOpenList view={view} />
      <RessortChanges changes={view.changes} standQuery={view.standQuery} apiHref={view.changesApiHref} />
      <SubscribeLink kind="feed" href={ressortFeedHref(view.kuerzel)} what={`die Änderungen der Leistungen des Ressorts ${view.kuerzel}`} />
    </div>
  );
}
