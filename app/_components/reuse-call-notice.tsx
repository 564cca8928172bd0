import Link from "next/link";
import type { CallModel } from "@/lib/view/reuse-public";
import styles from "./reuse-call-notice.module.css";

interface ReuseCallNoticeProps {
  call: CallModel;
  /** List the call's services (on /kommunen; a service page names only itself). */
  showServices?: boolean;
}

/** A call for reuse interest: its text, deadline and days left, or that it has ended. */
export function ReuseCallNotice({ call, showServices = false }: ReuseCallNoticeProps) {
  return (
    <div className={`kern-alert ${call.open ? "kern-alert--info" : "kern-alert--warning"} ${styles.call}`} data-testid="reuse-call" data-open={call.open || undefined}>
      <div className="kern-alert__header">
        <span className={`kern-icon ${call.open ? "kern-icon--info" : "kern-icon--warning"}`} aria-hidden="true" />
        <span className="kern-title">
          {call.open ? (
            <>
              Abfrage zur Nachnutzung bis <time dateTime={call.frist}>{call.fristText}</time>: <span data-testid="call-state">{call.stateText}</span>
            </>
          ) : (
            <>
              <span data-testid="call-state">{call.stateText}</span> (Frist war der <time dateTime={call.frist}>{call.fristText}</time>)
            </>
          )}
        </span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{call.text}</p>
        {!call.open && <p className="kern-body">Spätere Bekundungen werden weiter angenommen und als verspätet vermerkt.</p>}
        {showServices && call.services.length > 0 && (
          <ul className={styles.services}>
            {call.services.map((s) => (
              <li key={s.ozgId}>
                <Link href={s.href} className="kern-link">
                  {s.leistung}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {call.news && (
          <p className="kern-body">
            Mehr dazu:{" "}
            <Link href={call.news.href} className="kern-link">
              {call.news.title}
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
