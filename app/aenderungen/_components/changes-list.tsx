import { formatNumber } from "@/lib/format";
import Link from "next/link";
import type { Leistung } from "@/lib/leistung";
import { SHOWN_CHANGES } from "@/lib/view/changes-view";
import { leistungHref } from "@/lib/routes";

interface ChangesListProps {
  /** Short id for the heading's anchor. */
  id: string;
  title: string;
  rows: Leistung[];
  /** The Stand that contains these rows, for the links to their pages (null: the newest). */
  stand: string | null;
}

/** Services added or dropped between two Stände. */
export function ChangesList({ id: key, title, rows, stand }: ChangesListProps) {
  const id = `liste-${key}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="kern-heading-medium">
        {title} ({formatNumber(rows.length)})
      </h2>
      {rows.length === 0 ? (
        <p className="kern-body">Keine.</p>
      ) : (
        <ul className="kern-list">
          {rows.slice(0, SHOWN_CHANGES).map((row) => (
            <li key={row.ozgId}>
              <Link href={leistungHref(row.ozgId, stand)} className="kern-link">
                {row.leistung}
              </Link>{" "}
              (OZG-ID {row.ozgId}, {row.themenfeld}, Phase {row.phase})
            </li>
          ))}
        </ul>
      )}
      {rows.length > SHOWN_CHANGES && <p className="kern-body">Gezeigt sind die ersten {formatNumber(SHOWN_CHANGES)}; alle stehen im JSON.</p>}
    </section>
  );
}
