import Link from "next/link";
import { leistungenCount } from "@/lib/format";
import { type Query, hasActiveFilters, hrefFor, toggleFilter, withoutFilters } from "@/lib/query/query";
import { CONTROLLED_FIELDS, FIELDS, valueLabel } from "@/lib/vocabulary";

interface ActiveFiltersProps {
  query: Query;
  total: number;
  allCount: number;
}

/** The result count and every active filter as a removable chip, plus "alle zurücksetzen". */
export function ActiveFilters({ query, total, allCount }: ActiveFiltersProps) {
  const chips = CONTROLLED_FIELDS.flatMap((field) =>
    (query.filters[field] ?? []).map((value) => ({
      key: `${field}=${value}`,
      text: `${FIELDS[field].header}: ${value === "" ? valueLabel(field, value) : value}`,
      href: hrefFor("/", toggleFilter(query, field, value)),
    })),
  );
  if (query.ozgIds.length > 0) {
    chips.unshift({
      key: "ozgId",
      text: `OZG-ID: ${query.ozgIds.join(", ")}`,
      href: hrefFor("/", { ...query, ozgIds: [], page: 1 }),
    });
  }
  if (query.q) chips.unshift({ key: "q", text: `Suche: „${query.q}“`, href: hrefFor("/", { ...query, q: "", page: 1 }) });
  return (
    <div className="active-filters">
      <p className="kern-body" role="status" aria-live="polite" aria-atomic="true" id="ergebnis-anzahl">
        {hasActiveFilters(query) ? (
          <>
            <strong>{leistungenCount(total)}</strong> von {allCount.toLocaleString("de-DE")} gefunden
          </>
        ) : (
          <>
            Alle <strong>{leistungenCount(total)}</strong>
          </>
        )}
      </p>
      {chips.length > 0 && (
        <ul className="active-filters__list" aria-label="Aktive Filter">
          {chips.map((chip) => (
            <li key={chip.key}>
              <Link href={chip.href} scroll={false} className="chip" aria-label={`${chip.text} – entfernen`}>
                {chip.text}
                <span className="kern-icon kern-icon--close kern-icon--small" aria-hidden="true" />
              </Link>
            </li>
          ))}
          <li>
            <Link href={hrefFor("/", withoutFilters(query))} scroll={false} className="kern-link active-filters__reset">
              Alle zurücksetzen
            </Link>
          </li>
        </ul>
      )}
    </div>
  );
}
