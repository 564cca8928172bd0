/** The pages of the table as data: the window of page numbers around the current one, with links. */
import { formatNumber } from "../format";
import { PAGE_SIZES, type Query } from "../query/query";
import { lastPage } from "../query/run";
import { overviewResultsHref } from "../routes";
import { type HiddenInput, hiddenInputs } from "./hidden-inputs";

export type PageItem = { kind: "page"; page: number; href: string; current: boolean } | { kind: "gap"; key: string };

export interface PaginationModel {
  /** "Einträge 51–100 von 186", or "Keine Einträge". */
  rangeText: string;
  previous: { page: number; href: string } | null;
  next: { page: number; href: string } | null;
  /** Empty when everything fits on one page. */
  pages: PageItem[];
  size: number;
  sizes: number[];
  /** The rest of the view, carried by the page-size form. */
  hidden: HiddenInput[];
}

/** Page numbers around the current page, with the first and last always shown. */
export function pageWindow(current: number, last: number): (number | "…")[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const out: (number | "…")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("…");
    out.push(p);
  });
  return out;
}

export function pagination(query: Query, total: number): PaginationModel {
  const last = lastPage(total, query.size);
  const first = total === 0 ? 0 : (query.page - 1) * query.size + 1;
  const to = Math.min(total, query.page * query.size);
  const link = (page: number) => ({ page, href: overviewResultsHref({ ...query, page }) });
  return {
    rangeText: total === 0 ? "Keine Einträge" : `Einträge ${formatNumber(first)}–${formatNumber(to)} von ${formatNumber(total)}`,
    previous: query.page > 1 ? link(query.page - 1) : null,
    next: query.page < last ? link(query.page + 1) : null,
    pages:
      last > 1
        ? pageWindow(query.page, last).map((p, i): PageItem =>
            p === "…" ? { kind: "gap", key: `gap-${i}` } : { kind: "page", ...link(p), current: p === query.page },
          )
        : [],
    size: query.size,
    sizes: [...new Set([...PAGE_SIZES, query.size])].sort((a, b) => a - b),
    hidden: hiddenInputs(query, ["size", "page"]),
  };
}
