/**
 * The staff pages of reuse, as data: the declarations per service or per Kommune, the matrix
 * Kommunen × services, one declaration with its history and the steps allowed next, and the
 * calls. Filters are GET parameters (lib/params/reuse-filter.ts): every view is a link. Contact
 * data appear here, and only here and in the staff API. Server only.
 */
import "server-only";
import type { Db } from "../db/schema";
import { formatDate, formatLongDate } from "../format";
import { getNews } from "../news/store";
import { newsToday } from "../news/timeline";
import { type ReuseFilter, parseReuseFilter, reuseFilterParams } from "../params/reuse-filter";
import type { SearchParamsInput } from "../params/input";
import { type ReuseCall, callState, daysLeftText } from "../reuse/call-state";
import { listCalls } from "../reuse/calls";
import { type DeclarationWithHistory, getDeclaration, listDeclarations } from "../reuse/declarations";
import { KREISE, compareKommunen, kommuneLabel } from "../reuse-vocabulary/kommunen";
import { findDeclarations } from "../reuse/staff-list";
import { PROGRESS, REUSE_STATUSES, type ReuseStatus, nextStatuses, statusLabel } from "../reuse-vocabulary/status";
import { PATHS, leistungHref, newsItemHref, staffDeclarationHref, staffReuseHref } from "../routes";
import { getDataset, listStaende } from "../store/repository";
import { type ServiceNames, serviceNames } from "../dataset/rows";

export interface Option {
  value: string;
  label: string;
  selected: boolean;
}

export interface StaffFilterModel {
  kreise: Option[];
  services: Option[];
  statuses: Option[];
  calls: Option[];
  problems: string[];
  /** The same filter on the other staff pages and in the export. */
  links: { list: string; byKommune: string; matrix: string; csv: string; xlsx: string };
  active: boolean;
}

export interface StaffDeclarationRow {
  id: string;
  href: string;
  ozgId: string;
  leistung: string;
  kommune: string;
  kontakt: string;
  start: string;
  status: ReuseStatus;
  statusLabel: string;
  /** The date of the last step. */
  since: string;
  late: boolean;
}

export interface StaffGroup {
  title: string;
  /** The service's public page (per service) or none (per Kommune). */
  href: string | null;
  rows: StaffDeclarationRow[];
}

const month = (start: string) => `${start.slice(5, 7)}.${start.slice(0, 4)}`;

async function newestServiceNames(): Promise<ServiceNames> {
  const staende = await listStaende();
  const dataset = await getDataset(staende[staende.length - 1]);
  return serviceNames(dataset);
}

function row(d: DeclarationWithHistory, names: ServiceNames): StaffDeclarationRow {
  const last = d.history.at(-1);
  return {
    id: d.id,
    href: staffDeclarationHref(d.id),
    ozgId: d.ozgId,
    leistung: names.get(d.ozgId) ?? `OZG-ID ${d.ozgId}`,
    kommune: kommuneLabel(d.kommune),
    kontakt: d.kontakt ? [d.kontakt.name, d.kontakt.email, d.kontakt.telefon].filter(Boolean).join(", ") : "Kontaktdaten gelöscht",
    start: month(d.start),
    status: d.status,
    statusLabel: statusLabel(d.status),
    since: last ? formatDate(last.date) : "",
    late: d.late,
  };
}

function callLabel(call: ReuseCall, names: ServiceNames): string {
  const services = call.ozgIds.map((id) => names.get(id) ?? id);
  const shown = services.slice(0, 3).join(", ") + (services.length > 3 ? ` und ${services.length - 3} weitere` : "");
  return `Frist ${formatDate(call.frist)}: ${shown}`;
}

function filterModel(filter: ReuseFilter, problems: string[], calls: readonly ReuseCall[], names: ServiceNames, serviceIds: readonly string[]): StaffFilterModel {
  const params = reuseFilterParams(filter);
  const ids = [...new Set([...serviceIds, ...filter.ozgIds])].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, "de"));
  return {
    kreise: KREISE.map((k) => ({ value: k.key, label: k.officialName, selected: filter.kreis === k.key })),
    services: ids.map((id) => ({ value: id, label: `${names.get(id) ?? "unbekannt"} (${id})`, selected: filter.ozgIds.includes(id) })),
    statuses: REUSE_STATUSES.map((s) => ({ value: s, label: statusLabel(s), selected: filter.statuses.includes(s) })),
    calls: calls.map((c) => ({ value: c.id, label: callLabel(c, names), selected: filter.abfrage === c.id })),
    problems,
    links: {
      list: staffReuseHref(PATHS.verwaltungNachnutzung, params),
      byKommune: staffReuseHref(PATHS.verwaltungNachnutzung, { ...params, ansicht: "kommune" }),
      matrix: staffReuseHref(PATHS.verwaltungNachnutzungMatrix, params),
      csv: staffReuseHref(PATHS.verwaltungNachnutzungExport, { ...params, format: "csv" }),
      xlsx: staffReuseHref(PATHS.verwaltungNachnutzungExport, { ...params, format: "xlsx" }),
    },
    active: Object.keys(params).length > 0,
  };
}

export interface StaffReuseInput {
  db: Db;
  search: SearchParamsInput;
}

async function common({ db, search }: StaffReuseInput) {
  const { filter, problems } = parseReuseFilter(search);
  const [names, calls, all] = await Promise.all([newestServiceNames(), listCalls(db), listDeclarations(db)]);
  const declarations = await findDeclarations(db, filter);
  const serviceIds = [...new Set([...all.map((d) => d.ozgId), ...calls.flatMap((c) => c.ozgIds)])];
  return { filter, declarations, names, calls, filterModel: filterModel(filter, problems.map((p) => p.message), calls, names, serviceIds) };
}

export interface StaffListModel {
  filter: StaffFilterModel;
  byKommune: boolean;
  groups: StaffGroup[];
  total: number;
}

/** The declarations per service (default) or per Kommune (`ansicht=kommune`). */
export async function loadStaffList(input: StaffReuseInput, byKommune: boolean): Promise<StaffListModel> {
  const { declarations, names, filterModel: filter } = await common(input);
  const groups = new Map<string, StaffGroup & { sort: DeclarationWithHistory }>();
  for (const d of declarations) {
    const key = byKommune ? d.kommuneKey : d.ozgId;
    const group = groups.get(key) ?? {
      title: byKommune ? kommuneLabel(d.kommune) : `${names.get(d.ozgId) ?? "unbekannte Leistung"} (OZG-ID ${d.ozgId})`,
      href: byKommune ? null : leistungHref(d.ozgId),
      rows: [],
      sort: d,
    };
    group.rows.push(row(d, names));
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => (byKommune ? compareKommunen(a.sort.kommune, b.sort.kommune) : a.title.localeCompare(b.title, "de")));
  return { filter, byKommune, groups: sorted.map(({ sort: _, ...g }) => g), total: declarations.length };
}

export interface MatrixCell {
  status: ReuseStatus;
  label: string;
  href: string;
  late: boolean;
}

export interface StaffMatrixModel {
  filter: StaffFilterModel;
  columns: { ozgId: string; leistung: string }[];
  rows: { kommune: string; cells: (MatrixCell | null)[] }[];
  total: number;
}

/** Kommunen × services: where each reuse stands. Rows are the Kommunen with a declaration, in Kommune order. */
export async function loadStaffMatrix(input: StaffReuseInput): Promise<StaffMatrixModel> {
  const { declarations, names, filterModel: filter } = await common(input);
  const columns = [...new Set(declarations.map((d) => d.ozgId))]
    .map((ozgId) => ({ ozgId, leistung: names.get(ozgId) ?? `OZG-ID ${ozgId}` }))
    .sort((a, b) => a.leistung.localeCompare(b.leistung, "de"));
  const byKommune = new Map<string, DeclarationWithHistory[]>();
  for (const d of declarations) byKommune.set(d.kommuneKey, [...(byKommune.get(d.kommuneKey) ?? []), d]);
  const rows = [...byKommune.values()]
    .sort((a, b) => compareKommunen(a[0].kommune, b[0].kommune))
    .map((list) => ({
      kommune: kommuneLabel(list[0].kommune),
      cells: columns.map((c) => {
        // Until a newer declaration is confirmed, a Kommune may have two: the confirmed one stands for it.
        const d = list.find((x) => x.ozgId === c.ozgId && x.status !== "unbestaetigt") ?? list.find((x) => x.ozgId === c.ozgId);
        return d ? { status: d.status, label: statusLabel(d.status), href: staffDeclarationHref(d.id), late: d.late } : null;
      }),
    }));
  return { filter, columns, rows, total: declarations.length };
}

export interface StaffDetailModel {
  id: string;
  leistung: string;
  ozgId: string;
  leistungHref: string;
  kommune: string;
  kreis: string;
  ags: string | null;
  kontakt: { name: string; email: string; telefon: string | null } | null;
  start: string;
  kommentar: string | null;
  status: ReuseStatus;
  statusLabel: string;
  late: boolean;
  call: string | null;
  createdAt: string;
  confirmedAt: string | null;
  history: { date: string; label: string; from: string | null; note: string | null; actor: string }[];
  next: { value: ReuseStatus; label: string }[];
  /** Preselected in the form: the next step on the way to go-live; none before confirmation. */
  suggested: ReuseStatus | null;
  today: string;
  listHref: string;
}

const berlinDay = (iso: string) => formatDate(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(iso)));

export async function loadStaffDetail(db: Db, id: string): Promise<StaffDetailModel | null> {
  const d = await getDeclaration(db, id);
  if (!d || d.replacedBy) return null;
  const [names, calls] = await Promise.all([newestServiceNames(), listCalls(db)]);
  const call = d.callId ? calls.find((c) => c.id === d.callId) : undefined;
  return {
    id: d.id,
    leistung: names.get(d.ozgId) ?? `OZG-ID ${d.ozgId}`,
    ozgId: d.ozgId,
    leistungHref: leistungHref(d.ozgId),
    kommune: kommuneLabel(d.kommune),
    kreis: `${d.kommune.kreis.officialName} (${d.kommune.kreis.key})`,
    ags: d.kommune.ags,
    kontakt: d.kontakt,
    start: month(d.start),
    kommentar: d.kommentar,
    status: d.status,
    statusLabel: statusLabel(d.status),
    late: d.late,
    call: call ? callLabel(call, names) : null,
    createdAt: berlinDay(d.createdAt),
    confirmedAt: d.confirmedAt && berlinDay(d.confirmedAt),
    history: [...d.history].reverse().map((h) => ({ date: formatDate(h.date), label: statusLabel(h.status), from: h.previousStatus && statusLabel(h.previousStatus), note: h.note, actor: h.actor })),
    next: nextStatuses(d.status).map((s) => ({ value: s, label: statusLabel(s) })),
    suggested: PROGRESS.includes(d.status) && d.status !== "in-betrieb" ? PROGRESS[PROGRESS.indexOf(d.status) + 1] : null,
    today: newsToday(),
    listHref: staffReuseHref(PATHS.verwaltungNachnutzung, { ozgId: d.ozgId }),
  };
}

export interface StaffCallModel {
  id: string;
  frist: string;
  fristText: string;
  state: string;
  open: boolean;
  text: string;
  ozgIds: string[];
  services: { ozgId: string; leistung: string }[];
  news: { slug: string; title: string; href: string } | null;
  declarations: number;
  declarationsHref: string;
  editHref: string;
}

export interface StaffCallsModel {
  calls: StaffCallModel[];
  news: Option[];
  today: string;
}

export async function loadStaffCalls(db: Db, selectedSlug: string | null = null): Promise<StaffCallsModel> {
  const today = newsToday();
  const [names, calls, news, all] = await Promise.all([newestServiceNames(), listCalls(db), getNews(), listDeclarations(db)]);
  return {
    today,
    news: news.items.map((item) => ({ value: item.slug, label: `${item.shortTitle ?? item.title} (${formatDate(item.date)})`, selected: item.slug === selectedSlug })),
    calls: calls.map((call) => {
      const state = callState(call, today);
      const item = call.newsSlug ? news.items.find((n) => n.slug === call.newsSlug) : undefined;
      return {
        id: call.id,
        frist: call.frist,
        fristText: formatLongDate(call.frist),
        state: state.open ? daysLeftText(state.daysLeft) : "beendet",
        open: state.open,
        text: call.text,
        ozgIds: call.ozgIds,
        services: call.ozgIds.map((ozgId) => ({ ozgId, leistung: names.get(ozgId) ?? `OZG-ID ${ozgId}` })),
        news: call.newsSlug ? { slug: call.newsSlug, title: item ? (item.shortTitle ?? item.title) : call.newsSlug, href: newsItemHref(call.newsSlug) } : null,
        declarations: all.filter((d) => call.ozgIds.includes(d.ozgId)).length,
        declarationsHref: staffReuseHref(PATHS.verwaltungNachnutzung, { abfrage: call.id }),
        editHref: `${PATHS.verwaltungAbfragen}/${call.id}`,
      };
    }),
  };
}
