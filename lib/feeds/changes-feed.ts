/**
 * The Atom feed of changes (/feeds/aenderungen.atom?<query>): one entry per published Stand
 * from the second on, newest first, listing the query's services that were added, removed or
 * changed in it, field by field („Phase: Planung → Umsetzung“). Entry ids depend only on the
 * Stand and the query's selection, so a reader sees each Stand once per subscription.
 */
import { berlinStartOfDay } from "../berlin-time";
import type { StandDiff } from "../changes/diff";
import { formatDate } from "../format";
import { absoluteUrl } from "../http/base-url";
import { uuidUrn } from "../http/stable-id";
import { type Query, toSearchParams } from "../query/query";
import type { Metadata } from "../store/metadata";
import { FIELDS, NOT_SET, isControlledField } from "../vocabulary";
import { ATOM_CONTENT_TYPE, type AtomEntry, type AtomFeed } from "./atom";
import { selectionQuery } from "../query/query";
import { PATHS, changesApiHref, changesFeedHref, leistungHref, overviewHref } from "../routes";
import { selectionLabel } from "./query-label";
import { xmlText } from "./xml";

/** Entries in the feed: the newest Stände; older ones are on /aenderungen and in the JSON. */
export const MAX_CHANGE_ENTRIES = 20;
/** Services listed per list in one entry; the entry links the JSON with all of them. */
export const LISTED_PER_ENTRY = 200;

const html = xmlText;

/** „nicht festgelegt“ for empty controlled cells, „(leer)“ for empty free text. */
function shown(field: string, value: string): string {
  if (value !== "") return value;
  return isControlledField(field) ? NOT_SET : "(leer)";
}

function serviceLink(base: string, ozgId: string, leistung: string, stand: string | null): string {
  return `<a href="${html(absoluteUrl(base, leistungHref(ozgId, stand)))}">${html(leistung)}</a> (${html(ozgId)})`;
}

function more(count: number, base: string, diff: StandDiff): string {
  return count > LISTED_PER_ENTRY
    ? `<p>… und ${count - LISTED_PER_ENTRY} weitere: <a href="${html(absoluteUrl(base, changesApiHref(diff.from, diff.to)))}">alle als JSON</a>.</p>`
    : "";
}

/** The text of one field change: „Phase: Planung → Umsetzung“. */
export function fieldChangeText(change: { field: keyof typeof FIELDS; before: string; after: string }): string {
  return `${FIELDS[change.field].header}: ${shown(change.field, change.before)} → ${shown(change.field, change.after)}`;
}

export function countsText(diff: StandDiff): string {
  return `${diff.added.length} neu, ${diff.removed.length} entfallen, ${diff.changed.length} geändert`;
}

/** The entry's HTML: the three lists; services link to their page in the Stand they are listed from. */
export function changesHtml(diff: StandDiff, base: string, newest: string, label: string | null): string {
  const standOf = (stand: string) => (stand === newest ? null : stand);
  const parts = [
    `<p>Vergleich der Stände ${formatDate(diff.from)} und ${formatDate(diff.to)}${label ? ` für ${html(label)}` : ""}: ${countsText(diff)}.</p>`,
  ];
  const list = (title: string, items: string[], count: number) => {
    if (count === 0) return;
    parts.push(`<h2>${title} (${count})</h2>`, `<ul>${items.slice(0, LISTED_PER_ENTRY).map((i) => `<li>${i}</li>`).join("")}</ul>`, more(count, base, diff));
  };
  list("Neu aufgenommen", diff.added.map((r) => serviceLink(base, r.ozgId, r.leistung, standOf(diff.to))), diff.added.length);
  list("Entfallen", diff.removed.map((r) => serviceLink(base, r.ozgId, r.leistung, standOf(diff.from))), diff.removed.length);
  list(
    "Geändert",
    diff.changed.map(
      (c) => `${serviceLink(base, c.ozgId, c.leistung, standOf(diff.to))}<ul>${c.fields.map((f) => `<li>${html(fieldChangeText(f))}</li>`).join("")}</ul>`,
    ),
    diff.changed.length,
  );
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) {
    parts.push("<p>Bei den gewählten Leistungen hat sich nichts geändert.</p>");
  }
  return parts.filter(Boolean).join("\n");
}

/** The canonical selection as text ("ressort=MI"), part of every id. */
export function selectionKey(query: Query): string {
  return toSearchParams(selectionQuery(query)).toString();
}

export function changeEntry(diff: StandDiff, query: Query, base: string, newest: string): AtomEntry {
  const label = selectionLabel(query);
  const when = berlinStartOfDay(diff.to);
  const pageHref = `/aenderungen?${new URLSearchParams({ von: diff.from, bis: diff.to })}`;
  return {
    id: uuidUrn(`aenderungen?${selectionKey(query)}#${diff.to}`),
    title: `Stand ${formatDate(diff.to)}: ${countsText(diff)}`,
    updated: when,
    published: when,
    summary: `Änderungen vom Stand ${formatDate(diff.from)} zum Stand ${formatDate(diff.to)}${label ? ` (${label})` : ""}: ${countsText(diff)}.`,
    contentHtml: changesHtml(diff, base, newest, label),
    links: [
      { rel: "alternate", type: "text/html", href: absoluteUrl(base, pageHref) },
      { rel: "related", type: "application/json", href: absoluteUrl(base, changesApiHref(diff.from, diff.to)), title: "Alle Änderungen als JSON" },
    ],
  };
}

export interface ChangesFeedInput {
  /** Scoped diffs, newest Stand first. */
  diffs: StandDiff[];
  query: Query;
  metadata: Metadata;
  baseUrl: string;
  /** The newest published Stand (links to it need no stand parameter). */
  newest: string;
}

export function changesFeed({ diffs, query, metadata, baseUrl, newest }: ChangesFeedInput): AtomFeed {
  const label = selectionLabel(query);
  const entries = diffs.map((d) => changeEntry(d, query, baseUrl, newest));
  return {
    id: uuidUrn(`aenderungen?${selectionKey(query)}`),
    title: `Änderungen${label ? ` (${label})` : ""} – ${metadata.title}`,
    subtitle: "Neue, entfallene und geänderte Leistungen, je veröffentlichtem Stand.",
    updated: berlinStartOfDay(newest),
    author: { name: metadata.publisher, email: metadata.contactEmail },
    links: [
      { rel: "self", type: ATOM_CONTENT_TYPE.split(";")[0], href: absoluteUrl(baseUrl, changesFeedHref(query)) },
      { rel: "alternate", type: "text/html", href: absoluteUrl(baseUrl, label ? overviewHref(selectionQuery(query)) : PATHS.aenderungen) },
    ],
    rights: metadata.license?.name,
    entries,
  };
}
