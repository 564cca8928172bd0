/**
 * Every internal address of the app, in one place: pages, API routes and the links between them.
 * Free of zod and server code, so client components may build links with it.
 */
import { EMPTY_QUERY, type Query, selectionQuery, toSearchParams } from "./query/query";
import type { RessortKuerzel } from "./vocabulary";

/** The fixed paths; parameterised ones have a function below. */
export const PATHS = {
  uebersicht: "/",
  kommunen: "/kommunen",
  ressorts: "/ressorts",
  aenderungen: "/aenderungen",
  aktuelles: "/aktuelles",
  pruefen: "/pruefen",
  pruefenBericht: "/pruefen/bericht",
  impressum: "/impressum",
  datenschutz: "/datenschutz",
  barrierefreiheit: "/barrierefreiheit",
  leichteSprache: "/leichte-sprache",
  glossar: "/glossar",
  apiLeistungen: "/api/leistungen",
  apiExport: "/api/export",
  apiAenderungen: "/api/aenderungen",
  daten: "/daten",
  dcat: "/daten/dcat.jsonld",
  openApi: "/api/openapi.json",
  newsFeed: "/feeds/aktuelles.atom",
  changesFeed: "/feeds/aenderungen.atom",
  calendar: "/termine.ics",
  apiNachnutzung: "/api/nachnutzung",
  apiNachnutzungStatistik: "/api/nachnutzung/statistik",
  anmelden: "/anmelden",
  abmelden: "/abmelden",
  verwaltung: "/verwaltung",
  verwaltungStaende: "/verwaltung/staende",
  verwaltungAktuelles: "/verwaltung/aktuelles",
  verwaltungAktuellesNeu: "/verwaltung/aktuelles/neu",
  verwaltungProtokoll: "/verwaltung/protokoll",
  verwaltungKonten: "/verwaltung/konten",
  apiStaende: "/api/staende",
  apiProtokoll: "/api/protokoll",
  verwaltungNachnutzung: "/verwaltung/nachnutzung",
  verwaltungNachnutzungMatrix: "/verwaltung/nachnutzung/matrix",
  verwaltungAbfragen: "/verwaltung/nachnutzung/abfragen",
  verwaltungNachnutzungExport: "/verwaltung/nachnutzung/export",
  verwaltungProtokollExport: "/verwaltung/protokoll/export",
} as const;

function withParams(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** `path` with only `stand` (when an older Stand is shown). */
function withStand(path: string, stand: string | null): string {
  return stand ? `${path}?${new URLSearchParams({ stand })}` : path;
}

/** A page of the overview's query language at `path` (the dashboard by default), canonical. */
export function queryHref(query: Query, path: string = PATHS.uebersicht): string {
  return withParams(path, toSearchParams(query));
}

/** The dashboard showing this query. */
export function overviewHref(query: Query): string {
  return queryHref(query, PATHS.uebersicht);
}

/** Where the dashboard's results begin: paging and the skip link land here. */
export const RESULTS_ANCHOR = "ergebnisse";

/** The dashboard showing this query, scrolled to its results (paging keeps the view at the table). */
export function overviewResultsHref(query: Query): string {
  return `${overviewHref(query)}#${RESULTS_ANCHOR}`;
}

/** A term on the glossary page: /glossar#reifegrad */
export function glossaryHref(id: string): string {
  return `${PATHS.glossar}#${id}`;
}

/** The dashboard showing exactly these services: /?ozgId=10035&ozgId=10348 … */
export function servicesOverviewHref(ozgIds: readonly string[]): string {
  return overviewHref({ ...EMPTY_QUERY, ozgIds: [...ozgIds] });
}

/**
 * The export of exactly this view: same filters, search, sort and columns; no paging. Pass the
 * Stand shown so that the file stays the one seen even when a newer Stand is published meanwhile.
 */
export function exportHref(query: Query, stand?: string, format: "csv" | "xlsx" = "csv"): string {
  const params = toSearchParams(query);
  params.delete("page");
  params.delete("size");
  if (stand) params.set("stand", stand);
  if (format === "xlsx") params.set("format", "xlsx");
  return withParams(PATHS.apiExport, params);
}

/** The page of one service; with `stand` when an older Stand is shown. */
export function leistungHref(ozgId: string, stand: string | null = null): string {
  return withStand(`/leistungen/${encodeURIComponent(ozgId)}`, stand);
}

export function ressortHref(kuerzel: RessortKuerzel, stand: string | null = null): string {
  return withStand(`${PATHS.ressorts}/${kuerzel}`, stand);
}

export function ressortsHref(stand: string | null = null): string {
  return withStand(PATHS.ressorts, stand);
}

export function kommunenHref(stand: string | null = null): string {
  return withStand(PATHS.kommunen, stand);
}

/** The Änderungen page comparing two Stände. */
export function changesHref(von: string, bis: string): string {
  return withParams(PATHS.aenderungen, new URLSearchParams({ von, bis }));
}

/** The JSON of the same comparison. */
export function changesApiHref(from: string, to: string): string {
  return withParams(PATHS.apiAenderungen, new URLSearchParams({ von: from, bis: to }));
}

/** /aktuelles/<slug> */
export function newsItemHref(slug: string): string {
  return `${PATHS.aktuelles}/${slug}`;
}

/** /aktuelles, or /aktuelles?kategorie=Frist */
export function aktuellesHref(category: string | null = null): string {
  return category ? withParams(PATHS.aktuelles, new URLSearchParams({ kategorie: category })) : PATHS.aktuelles;
}

/** /feeds/aktuelles.atom, or …?kategorie=Frist */
export function newsFeedHref(category: string | null = null): string {
  return category ? withParams(PATHS.newsFeed, new URLSearchParams({ kategorie: category })) : PATHS.newsFeed;
}

/** /feeds/aenderungen.atom?<the query's selection>, e.g. …?ressort=MI */
export function changesFeedHref(query: Query = EMPTY_QUERY): string {
  return withParams(PATHS.changesFeed, toSearchParams(selectionQuery(query)));
}

/** The changes feed of one Ressort's services: /feeds/aenderungen.atom?ressort=MI */
export function ressortFeedHref(kuerzel: string): string {
  return changesFeedHref({ ...EMPTY_QUERY, filters: { ressort: [kuerzel] } });
}

/** /termine.ics, optionally for one category and/or services. */
export function calendarHref(options: { category?: string | null; ozgIds?: readonly string[] } = {}): string {
  const params = new URLSearchParams();
  if (options.category) params.set("kategorie", options.category);
  for (const id of options.ozgIds ?? []) params.append("ozgId", id);
  return withParams(PATHS.calendar, params);
}

/** /aktuelles/<slug>/termin.ics: the dates of one news item. */
export function itemCalendarHref(slug: string): string {
  return `${newsItemHref(slug)}/termin.ics`;
}

/** The private link of a declaration: /nachnutzung/<token>. */
export function privateLinkHref(token: string): string {
  return `/nachnutzung/${encodeURIComponent(token)}`;
}

/** Where a service's reuse box is: its page, at the declaration form. */
export function reuseFormHref(ozgId: string): string {
  return `${leistungHref(ozgId)}#nachnutzung-bekunden`;
}

/** /kommunen with the reuse filter, e.g. only services other Kommunen reuse. */
export function kommunenReuseHref(stages: readonly string[], stand: string | null = null): string {
  const params = new URLSearchParams();
  for (const s of stages) params.append("nachnutzung", s);
  if (stand) params.set("stand", stand);
  return withParams(PATHS.kommunen, params);
}

/** The staff list of declarations with its filters (GET parameters, the URL is the state). */
export function staffReuseHref(path: string, params: Record<string, string | readonly string[] | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of typeof value === "string" ? [value] : (value ?? [])) if (v) search.append(key, v);
  }
  return withParams(path, search);
}

/** One declaration in the staff area. */
export function staffDeclarationHref(id: string): string {
  return `${PATHS.verwaltungNachnutzung}/${encodeURIComponent(id)}`;
}

/** The review of an uploaded draft before it is published, with the Stand date chosen at upload. */
export function staffDraftHref(draftId: string, stand: string): string {
  return withParams(PATHS.verwaltung, new URLSearchParams({ entwurf: draftId, stand }));
}

/** What a step on the list of Stände did (the page says it in German). */
export type StandStep = "veroeffentlicht" | "zurueckziehen" | "wiederherstellen" | "uebernehmen";

export function staffStaendeDoneHref(step: StandStep, stand: string): string {
  return withParams(PATHS.verwaltungStaende, new URLSearchParams({ erledigt: step, stand }));
}

/** A news item written in the browser, in the staff area (edit, publish, unpublish); `notice` after a step. */
export function staffNewsItemHref(slug: string, notice?: "gespeichert" | "veroeffentlicht" | "zurueckgenommen"): string {
  const path = `${PATHS.verwaltungAktuelles}/${encodeURIComponent(slug)}`;
  return notice ? withParams(path, new URLSearchParams({ [notice]: "1" })) : path;
}

/** The sign-in page of the staff area, coming back to `next` afterwards. */
export function signInHref(next: string): string {
  return withParams(PATHS.anmelden, new URLSearchParams({ weiter: next }));
}

/** Sign-in after signing out (the page says „Sie sind abgemeldet.“). */
export const SIGNED_OUT_HREF = `${PATHS.anmelden}?abgemeldet=1`;

type RecordLinkParams = Partial<Record<"action" | "actor" | "von" | "bis", string>>;

function recordSearch(params: RecordLinkParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ["action", "actor", "von", "bis"] as const) if (params[key]) search.set(key, params[key]!);
  return search;
}

/** A page of the record with its filter (the URL is the state); page 1 has no `seite`. */
export function recordHref(params: RecordLinkParams, page = 1): string {
  const search = recordSearch(params);
  if (page > 1) search.set("seite", String(page));
  return withParams(PATHS.verwaltungProtokoll, search);
}

/** The filtered record as a file (all pages). */
export function recordExportHref(params: RecordLinkParams, format: "csv" | "xlsx"): string {
  const search = recordSearch(params);
  search.set("format", format);
  return withParams(PATHS.verwaltungProtokollExport, search);
}
