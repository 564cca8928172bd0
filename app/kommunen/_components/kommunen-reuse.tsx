import Link from "next/link";
import type { KommunenView } from "@/lib/view/kommunen-view";
import { ReuseCallNotice } from "@/app/_components/reuse-call-notice";
import styles from "./kommunen-page.module.css";

interface KommunenReuseProps {
  calls: KommunenView["calls"];
  filter: KommunenView["reuseFilter"];
}

/** The open calls for reuse interest, and the filter to the services other Kommunen already reuse. */
export function KommunenReuse({ calls, filter }: KommunenReuseProps) {
  return (
    <>
      {calls.length > 0 && (
        <section aria-labelledby="abfragen-titel" data-testid="kommunen-calls">
          <h2 id="abfragen-titel" className="kern-heading-medium">
            Offene Abfragen
          </h2>
          {calls.map((call) => (
            <ReuseCallNotice key={call.id} call={call} showServices />
          ))}
        </section>
      )}
      <p className={styles.reuseFilter}>
        <Link href={filter.href} className="kern-link" aria-pressed={filter.active} role="button" data-testid="reuse-filter" data-active={filter.active || undefined}>
          {filter.active ? "Alle nachnutzbaren Leistungen zeigen" : `Nur Leistungen, die von anderen Kommunen nachgenutzt werden (${filter.count})`}
        </Link>
      </p>
    </>
  );
}
