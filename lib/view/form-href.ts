/**
 * The URL a GET form of the dashboard navigates to, written the canonical way (lib/query/query.ts
 * toSearchParams): empty fields dropped, defaults left out, parameters in canonical order, the
 * column checkboxes (`col`) joined into `cols`. A form that produced a non-canonical URL would be
 * redirected by the page, and a redirect replaces the whole page tree (focus and open panels lost).
 */
import { CANONICAL_PARAM_ORDER, DEFAULT_COLUMNS, DEFAULT_PAGE_SIZE, DEFAULT_SORT, sortKey } from "../query/query";
import { CHARTS_SHOWN, CHART_PARAM, CHARTS_PARAM, DEFAULT_STACK, STACK_OPTIONS } from "../query/stack";

const DEFAULTS: Readonly<Record<string, string>> = {
  page: "1",
  size: String(DEFAULT_PAGE_SIZE),
  sort: sortKey(DEFAULT_SORT),
  [CHART_PARAM]: STACK_OPTIONS.find((o) => o.field === DEFAULT_STACK)!.param,
  [CHARTS_PARAM]: CHARTS_SHOWN,
  cols: DEFAULT_COLUMNS.join(","),
};

function rank(name: string): number {
  const i = CANONICAL_PARAM_ORDER.indexOf(name);
  return i === -1 ? CANONICAL_PARAM_ORDER.length : i;
}

/** The canonical href of `action` with these form entries (name, value) in document order. */
export function formEntriesHref(action: string, entries: Iterable<[string, string]>): string {
  let kept: [string, string][] = [];
  const cols: string[] = [];
  for (const [name, raw] of entries) {
    const value = name === "q" ? raw.trim().replace(/\s+/g, " ") : raw.trim();
    if (value === "") continue;
    if (name === "col") cols.push(value);
    else kept.push([name, value]);
  }
  if (cols.length > 0 && !kept.some(([name]) => name === "cols")) kept.push(["cols", cols.join(",")]);
  // The fields of „geändert seit“ mean nothing without its Stand (the form's „alle Leistungen“).
  if (!kept.some(([name]) => name === "geaendertSeit")) kept = kept.filter(([name]) => name !== "geaendert");
  const params = new URLSearchParams();
  const ordered = kept.filter(([name, value]) => DEFAULTS[name] !== value).map((entry, i) => ({ entry, i }));
  ordered.sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.i - b.i);
  for (const { entry } of ordered) params.append(entry[0], entry[1]);
  const search = params.toString();
  return search ? `${action}?${search}` : action;
}

/** The URL a GET form would navigate to, canonical (see formEntriesHref). */
export function formHref(form: HTMLFormElement): string {
  const entries: [string, string][] = [];
  for (const [key, value] of new FormData(form)) if (typeof value === "string") entries.push([key, value]);
  return formEntriesHref(form.getAttribute("action") ?? "/", entries);
}
