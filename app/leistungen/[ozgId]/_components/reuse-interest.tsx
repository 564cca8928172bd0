import type { DeadlineBadge } from "@/lib/deadlines/deadline";
import type { Leistung } from "@/lib/leistung";
import { DeadlineBadges } from "@/app/_components/deadline-badges";
import { reuseInterestMailto } from "@/lib/view/reuse-interest";
import styles from "./leistung-page.module.css";

interface ReuseInterestProps {
  row: Leistung;
  contactEmail: string;
  /** Deadlines for this service (a call for interest in the news, later reuse calls). */
  deadlines?: DeadlineBadge[];
}

/** How a municipality declares interest in reusing the service: a prepared e-mail. */
export function ReuseInterest({ row, contactEmail, deadlines = [] }: ReuseInterestProps) {
  const reusable = row.nachnutzbarKommunen === "ja";
  return (
    <section className={reusable ? `${styles.reuse} ${styles.reuseOpen}` : styles.reuse} aria-labelledby="nachnutzung-titel">
      <h2 id="nachnutzung-titel" className="kern-heading-small">
        Nachnutzung durch Kommunen
      </h2>
      <p className="kern-body">
        {reusable
          ? "Diese Leistung können Kommunen nachnutzen. Bekunden Sie Ihr Interesse per E-Mail an die OZG-Koordination des Landes; sie stimmt die Anbindung mit dem zuständigen Ressort ab."
          : row.nachnutzbarKommunen === "nein"
            ? "Diese Leistung ist laut Übersicht nicht für die Nachnutzung durch Kommunen vorgesehen. Fragen dazu beantwortet die OZG-Koordination des Landes."
            : "Ob Kommunen diese Leistung nachnutzen können, ist noch nicht festgelegt. Ihr Interesse hilft bei der Planung."}
      </p>
      {deadlines.length > 0 && <DeadlineBadges badges={deadlines} />}
      <p>
        <a href={reuseInterestMailto(contactEmail, row)} className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--mail" aria-hidden="true" />
          <span className="kern-label">{reusable ? "Nachnutzungsinteresse bekunden" : "Frage oder Interesse senden"}</span>
        </a>{" "}
        <span className="kern-body kern-body--small">E-Mail an {contactEmail}</span>
      </p>
    </section>
  );
}
