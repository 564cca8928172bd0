import Link from "next/link";
import { slug } from "@/lib/fold";
import { formatLongDate, formatNumber, leistungenCount } from "@/lib/format";
import type { KommunenView } from "@/lib/view/kommunen-view";
import { PATHS, glossaryHref } from "@/lib/routes";
import { FEDERFUEHRUNGEN } from "@/lib/vocabulary";
import { DeadlineBadges } from "@/app/_components/deadline-badges";
import { ExportLink } from "@/app/_components/export-link";
import { LeistungCell } from "@/app/_components/leistung-cell";
import { ParamNotices } from "@/app/_components/param-notices";
import { ItemReuseFacts } from "./item-reuse-facts";
import { KommunenReuse } from "./kommunen-reuse";
import styles from "./kommunen-page.module.css";
import { CLIENT_NAV_SCOPE } from "@/lib/view/client-navigation";

interface KommunenPageProps {
  view: KommunenView;
}

function anchor(themenfeld: string): string {
  return `tf-${slug(themenfeld)}`;
}

/** The services municipalities can reuse, by Themenfeld, each with its page and reuse interest. */
export function KommunenPage({ view }: KommunenPageProps) {
  const { stand } = view;
  return (
    <div data-testid="kommunen-page" {...CLIENT_NAV_SCOPE}>
      <h1 className="kern-heading-large">Für Kommunen: nachnutzbare Online-Dienste</h1>
      <ParamNotices problems={view.problems} />
      <p className="kern-body prose">
        Nach dem Prinzip „Einer für Alle“ (<Link href={glossaryHref("efa")} className="kern-link">EfA</Link>) entwickelt ein Land
        einen Online-Dienst, den andere Länder und ihre Kommunen übernehmen. Hier stehen alle Leistungen, die laut Nachnutzungsübersicht (Stand {formatLongDate(stand)}) von Kommunen
        nachgenutzt werden können: {leistungenCount(view.total)}. Auf der Seite jeder Leistung können Sie Ihr Interesse an der
        Nachnutzung bekunden. Was{" "}
        <Link href={glossaryHref("umsetzungsmodell")} className="kern-link">
          Umsetzungsmodell
        </Link>
        ,{" "}
        <Link href={glossaryHref("efa-federfuehrung")} className="kern-link">
          Federführung
        </Link>{" "}
        und die Phasen bedeuten, erklärt das{" "}
        <Link href={PATHS.glossar} className="kern-link">
          Glossar
        </Link>
        .
      </p>
      <KommunenReuse calls={view.calls} filter={view.reuseFilter} />
      <div className={styles.toolbar}>
        <Link href={view.dashboardHref} className="kern-btn kern-btn--secondary">
          <span className="kern-label">In der Übersicht filtern</span>
        </Link>
        <ExportLink model={view.exportLink} />
      </div>
      {view.groups.length === 0 ? (
        <p className="kern-body">
          {view.reuseFilter.active
            ? "Bisher hat für keine dieser Leistungen eine Kommune eine Vereinbarung zur Nachnutzung geschlossen."
            : "In diesem Stand ist keine Leistung als nachnutzbar durch Kommunen gekennzeichnet."}
        </p>
      ) : (
        <nav aria-label="Themenfelder">
          <ul className={styles.toc}>
            {view.groups.map((g) => (
              <li key={g.themenfeld}>
                <a href={`#${anchor(g.themenfeld)}`}>
                  {g.themenfeld} ({formatNumber(g.total)})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {view.groups.map((group) => (
        <section key={group.themenfeld} aria-labelledby={anchor(group.themenfeld)}>
          <h2 id={anchor(group.themenfeld)} className="kern-heading-medium">
            {group.themenfeld}
          </h2>
          <ul className={styles.list}>
            {group.items.map((item) => {
              const { row, href } = item;
              return (
              <li key={row.ozgId} className={styles.item} data-testid="kommunen-item">
                <Link href={href} className={`kern-link ${styles.itemTitle}`}>
                  {row.leistung}
                </Link>
                <span className={styles.itemFacts}>
                  <LeistungCell field="phase" row={row} q="" />
                  <span>{row.umsetzungsmodell || "Umsetzungsmodell nicht festgelegt"}</span>
                  {row.efaFederfuehrung && <span>Federführung: {FEDERFUEHRUNGEN[row.efaFederfuehrung] ?? row.efaFederfuehrung}</span>}
                  <span>OZG-ID {row.ozgId}</span>
                </span>
                {view.deadlines[row.ozgId] && <DeadlineBadges badges={view.deadlines[row.ozgId]} compact />}
                {item.reuse && <ItemReuseFacts reuse={item.reuse} />}
              </li>
              );
            })}
          </ul>
          {group.total > group.items.length && (
            <p className="kern-body">
              <Link href={group.href} className="kern-link">
                Alle {formatNumber(group.total)} Leistungen im Themenfeld {group.themenfeld} in der Übersicht anzeigen
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
