import Link from "next/link";
import { formatLongDate } from "@/lib/format";
import { EMPTY_QUERY } from "@/lib/query/query";
import type { LeistungView } from "@/lib/view/leistung-view";
import { overviewHref, ressortHref } from "@/lib/routes";
import { BackToOverview } from "./back-to-overview";
import { LeistungFields } from "./leistung-fields";
import { LeistungHistory } from "./leistung-history";
import { LeistungNews } from "./leistung-news";
import { ParamNotices } from "@/app/_components/param-notices";
import { ReuseDeclaration } from "./reuse-declaration";
import { ReuseInterest } from "./reuse-interest";
import styles from "./leistung-page.module.css";
import { CLIENT_NAV_SCOPE } from "@/lib/view/client-navigation";

interface LeistungPageProps {
  view: LeistungView;
}

/** One service: its properties in the chosen Stand, reuse interest, history and news. */
export function LeistungPage({ view }: LeistungPageProps) {
  const { row, stand } = view;
  const shownStand = stand === view.newestStand ? null : stand;
  const title = view.title;
  return (
    <article className={styles.page} {...CLIENT_NAV_SCOPE}>
      <nav aria-label="Brotkrümelnavigation" className="kern-body kern-body--small">
        <BackToOverview href={overviewHref({ ...EMPTY_QUERY, stand: shownStand })} />{" "}
        › OZG-ID {view.ozgId}
      </nav>
      <h1 className="kern-heading-large">{title}</h1>
      <ParamNotices problems={view.problems} />
      <p className="kern-body">
        OZG-ID {view.ozgId} · Stand <time dateTime={stand}>{formatLongDate(stand)}</time>
        {shownStand ? " (älterer Stand)" : " (aktuell)"}
      </p>
      {row ? (
        <>
          <ReuseInterest row={row} contactEmail={view.metadata.contactEmail} deadlines={view.deadlines} />
          <h2 className="kern-heading-medium">Angaben</h2>
          <LeistungFields row={row} />
          <ul className={styles.links}>
            <li>
              <Link href={overviewHref({ ...EMPTY_QUERY, ozgIds: [view.ozgId], stand: shownStand })} className="kern-link">
                In der Übersicht anzeigen
              </Link>
            </li>
            <li>
              <Link href={overviewHref({ ...EMPTY_QUERY, filters: { themenfeld: [row.themenfeld] }, stand: shownStand })} className="kern-link">
                Alle Leistungen im Themenfeld {row.themenfeld}
              </Link>
            </li>
            {row.ressort && (
              <li>
                <Link href={ressortHref(row.ressort, shownStand)} className="kern-link">
                  Seite des Ressorts {row.ressort}
                </Link>
              </li>
            )}
          </ul>
          <ReuseDeclaration model={view.reuse} />
        </>
      ) : (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">Der Stand vom {formatLongDate(stand)} enthält diese Leistung nicht. Die Entwicklung über alle Stände steht unten.</p>
          </div>
        </div>
      )}
      <LeistungHistory history={view.history} ozgId={view.ozgId} shownStand={stand} />
      <LeistungNews items={view.news} />
    </article>
  );
}
