import Link from "next/link";
import { aktuellesHref } from "@/lib/routes";

/** An address under /aktuelles/ that names no news item. */
export default function NewsNotFound() {
  return (
    <div>
      <h1 className="kern-heading-large">Beitrag nicht gefunden</h1>
      <p className="kern-body">
        Unter dieser Adresse gibt es keinen Beitrag. Vielleicht wurde er umbenannt oder entfernt, oder die Adresse ist unvollständig.
      </p>
      <p className="kern-body">
        <Link href={aktuellesHref()} className="kern-link">
          Zu allen Meldungen und Terminen
        </Link>
      </p>
    </div>
  );
}
