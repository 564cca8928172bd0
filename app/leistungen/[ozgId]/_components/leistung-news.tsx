import Link from "next/link";
import { newsItemHref } from "@/lib/routes";
import { newsDateLine } from "@/lib/news/format";
import type { NewsItem } from "@/lib/news/schema";

interface LeistungNewsProps {
  items: NewsItem[];
}

/** News items that name the service. */
export function LeistungNews({ items }: LeistungNewsProps) {
  return (
    <section aria-labelledby="meldungen-titel">
      <h2 id="meldungen-titel" className="kern-heading-medium">
        Aktuelles zu dieser Leistung
      </h2>
      {items.length === 0 ? (
        <p className="kern-body">Keine Meldungen oder Termine nennen diese Leistung.</p>
      ) : (
        <ul className="kern-list">
          {items.map((item) => (
            <li key={item.slug}>
              <Link href={newsItemHref(item.slug)} className="kern-link">
                {item.title}
              </Link>{" "}
              <span className="kern-body kern-body--small">
                ({item.category} · {newsDateLine(item)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
