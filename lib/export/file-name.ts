/**
 * The file name of an export: `nachnutzungsuebersicht_<Stand>_<filter summary or "alle">.csv` (or `.xlsx`),
 * safe on Windows and in every browser (only A–Z a–z 0–9 . _ -, umlauts spelled out, limited length).
 */
import { slug } from "../fold";
import { type Query, toSearchParams } from "../query/query";

export const FILE_NAME_PREFIX = "nachnutzungsuebersicht";
/** Far below Windows' 255 per name, so the file still fits in deep folders (MAX_PATH 260). */
export const MAX_FILE_NAME_LENGTH = 120;
const TRUNCATED = "_usw";

/** Parameters that describe how the rows are shown, not which rows: not part of the name. */
const NOT_IN_NAME = new Set(["sort", "page", "size", "stand", "cols", "chart"]);
/** Name of each query parameter in the file name; field ids are folded to lower case. */
const PART_NAMES: Record<string, string> = { q: "suche", ozgId: "ozgid" };

/** "Familie & Kind" → "familie-und-kind", "Einbürgerung" → "einbuergerung", "§ 1 / 2" → "1-2". */
export const fileNameSlug = slug;

/** The filters and search of a query as file name parts, in canonical URL order; "" when none. */
export function filterSummary(query: Query): string {
  const groups = new Map<string, string[]>();
  for (const [key, value] of toSearchParams(query)) {
    if (NOT_IN_NAME.has(key)) continue;
    const values = groups.get(key) ?? [];
    values.push(value);
    groups.set(key, values);
  }
  return [...groups]
    .map(([key, values]) => {
      const slugs = values.map(fileNameSlug).filter(Boolean);
      // A search of punctuation only names nothing: leave the part out rather than write "suche".
      return slugs.length === 0 ? "" : [fileNameSlug(PART_NAMES[key] ?? key), ...slugs].join("-");
    })
    .filter(Boolean)
    .join("_");
}

/** Cuts a too long summary at the last word boundary that fits and marks the cut with "_usw". */
function shorten(summary: string, budget: number): string {
  if (summary.length <= budget) return summary;
  const cut = summary.slice(0, budget - TRUNCATED.length + 1);
  const boundary = Math.max(cut.lastIndexOf("-"), cut.lastIndexOf("_"));
  // A boundary far back would drop most of the summary; then cut inside the word instead.
  const kept = boundary > budget / 2 ? cut.slice(0, boundary) : cut.slice(0, -1);
  return kept.replace(/[-_]+$/, "") + TRUNCATED;
}

/** The name with `.csv` (default) or `.xlsx`; both formats share the rest of the name. */
export function exportFileName(view: { stand: string; query: Query }, extension: ".csv" | ".xlsx" = ".csv"): string {
  const stand = view.stand.replace(/[^0-9A-Za-z-]/g, "");
  const head = `${FILE_NAME_PREFIX}_${stand}_`;
  const summary = filterSummary(view.query) || "alle";
  return head + shorten(summary, MAX_FILE_NAME_LENGTH - head.length - extension.length) + extension;
}

/** `attachment` with the name twice: plain for old clients, RFC 5987 `filename*` for the others. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
