import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { PAGE_SIZES, type Query, hrefFor } from "@/lib/query/query";
import { lastPage } from "@/lib/query/run";
import { InPlaceForm } from "./in-place-form";
import { QueryHiddenInputs } from "./query-hidden-inputs";

interface PaginationProps {
  query: Query;
  total: number;
}

/** Page numbers around the current page, with the first and last always shown. */
function pageWindow(current: number, last: number): (number | "…")[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const out: (number | "…")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("…");
    out.push(p);
  });
  return out;
}

export function Pagination({ query, total }: PaginationProps) {
  const last = lastPage(total, query.size);
  const first = total === 0 ? 0 : (query.page - 1) * query.size + 1;
  const to = Math.min(total, query.page * query.size);
  const href = (page: number) => hrefFor("/", { ...query, page });
  return (
    <div className="pagination">
      <p className="kern-body kern-body--small">
        {total === 0 ? "Keine Einträge" : `Einträge ${formatNumber(first)}–${formatNumber(to)} von ${formatNumber(total)}`}
      </p>
      {last > 1 && (
        <nav aria-label="Seiten">
          <ul className="pagination__list">
            {query.page > 1 && (
              <li>
                <Link href={href(query.page - 1)} className="pagination__link" rel="prev">
                  Zurück<span className="visually-hidden"> zu Seite {query.page - 1}</span>
                </Link>
              </li>
            )}
            {pageWindow(query.page, last).map((p, i) =>
              p === "…" ? (
                <li key={`gap-${i}`} aria-hidden="true" className="pagination__gap">
                  …
                </li>
              ) : (
                <li key={p}>
                  <Link
                    href={href(p)}
                    className="pagination__link"
                    aria-current={p === query.page ? "page" : undefined}
                    aria-label={`Seite ${p}`}
                  >
                    {p}
                  </Link>
                </li>
              ),
            )}
            {query.page < last && (
              <li>
                <Link href={href(query.page + 1)} className="pagination__link" rel="next">
                  Weiter<span className="visually-hidden"> zu Seite {query.page + 1}</span>
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <InPlaceForm action="/" className="page-size" aria-label="Einträge pro Seite">
        <QueryHiddenInputs query={query} omit={["size", "page"]} />
        <label className="kern-label" htmlFor="size">
          Einträge pro Seite
        </label>
        <div className="kern-form-input__select-wrapper">
          <select key={query.size} id="size" name="size" className="kern-form-input__select" defaultValue={query.size}>
            {[...new Set([...PAGE_SIZES, query.size])].sort((a, b) => a - b).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Anwenden</span>
        </button>
      </InPlaceForm>
    </div>
  );
}
