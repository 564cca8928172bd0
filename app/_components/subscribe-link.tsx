import { absoluteUrl } from "@/lib/http/base-url";
import { requestBaseUrl } from "@/lib/http/request-base-url";
import styles from "./subscribe.module.css";

interface SubscribeLinkProps {
  /** App path of the feed or calendar, e.g. "/feeds/aenderungen.atom?ressort=MI". */
  href: string;
  kind: "feed" | "calendar";
  /** What is subscribed, e.g. „die Änderungen des Ressorts MI“; part of the link's accessible name. */
  what: string;
}

const HOW: Record<SubscribeLinkProps["kind"], string> = {
  feed: "In Outlook: Rechtsklick auf den Ordner „RSS-Feeds“ › „Neuen RSS-Feed hinzufügen…“ und die Adresse einfügen; in Thunderbird: ein Feed-Konto anlegen („Neu › Feed-Konto“), dort „Abonnements verwalten“ wählen und die Adresse einfügen.",
  calendar:
    "In Outlook: „Kalender hinzufügen › Aus dem Internet“ wählen und die Adresse einfügen; in Thunderbird: „Neuer Kalender… › Im Netzwerk“ und die Adresse einfügen. Der Kalender hält sich dann selbst aktuell.",
};

/** „Abonnieren“: the feed or calendar address to copy, with one sentence on Outlook and Thunderbird. */
export async function SubscribeLink({ href, kind, what }: SubscribeLinkProps) {
  const url = absoluteUrl(await requestBaseUrl(), href);
  return (
    <div className={styles.subscribe} data-testid="subscribe" data-kind={kind}>
      <p className={styles.line}>
        <a href={href} type={kind === "feed" ? "application/atom+xml" : "text/calendar"} className="kern-link">
          {kind === "feed" ? "Abonnieren" : "Kalender abonnieren"}
          <span className="visually-hidden"> ({what})</span>
        </a>{" "}
        <span className={styles.kind}>({kind === "feed" ? "Atom-Feed" : "iCalendar"})</span>
      </p>
      <p className={styles.how}>
        Adresse: <code className={styles.url}>{url}</code>
        <br />
        {HOW[kind]}
      </p>
    </div>
  );
}
