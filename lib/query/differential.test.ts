/**
 * Differential test of the query engine: random queries on generated overview files, run
 * through the real engine (runQuery over a Dataset, with the cross-tabs of the stacked phase chart) and
 * through the naive one (lib/bench/naive.ts: filter row objects, count facets by filtering
 * again, sort with a collator). Totals, every facet count (both as the API's `facets` and as
 * `facetCounts`), the phase × Umsetzungsmodell and phase × Ressort cross-tabs, the rows of the
 * page and the export order must agree.
 *
 * Everything is derived from seeds. Another base seed explores other data and queries:
 * DIFFERENTIAL_SEED=7 npx vitest run lib/query/differential.test.ts
 * A failure names the base seed, the data set and the query (as JSON) that differ.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { naiveCrossTabs, naiveFacetValues, naiveQuery } from "../bench/naive";
import { prng } from "../bench/generate";
import { facetsJson } from "../api/facets";
import { type Dataset, buildDataset } from "../dataset/dataset";
import { foldGerman } from "../fold";
import { readOverview, readOverviewText } from "../overview/read";
import type { Leistung } from "../leistung";
import {
  CONTROLLED_FIELDS,
  type ControlledField,
  FEDERFUEHRUNGEN,
  FIELDS,
  FIELD_IDS,
  type FieldId,
  NOT_SET,
  PHASEN,
  VOCABULARY,
} from "../vocabulary";
import { EMPTY_QUERY, MAX_PAGE_SIZE, type Query } from "./query";
import { matchingRows, runQuery } from "./run";
import { rowIndexOf } from "../dataset/rows";

const BASE_SEED = Number(process.env.DIFFERENTIAL_SEED ?? 1);

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const chance = (random: Random, p: number) => random() < p;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const rest = [...list];
  const out: T[] = [];
  while (out.length < count && rest.length > 0) out.push(rest.splice(Math.floor(random() * rest.length), 1)[0]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generated overview files

/** Service names with umlauts, ß and numbers; few, so that names repeat (ties in sorting). */
const NAMES = [
  // Equal under German collation: ties must go by OZG-ID.
  "Antrag 02",
  "Antrag 2",
  "Sozial\u00adhilfe",
  "Sozialhilfe",
  // Decomposed umlaut (as macOS writes it) and a letter of Latin Extended Additional.
  "Ka\u0308severordnung",
  "Aṁtsblatt",
  "Straßensondernutzung",
  "Einbürgerung",
  "Führungszeugnis",
  "Hundesteuer",
  "Gewässerbenutzung",
  "Ärztliche Approbation",
  "Übermittlung von Meldedaten",
  "Schließung einer Gaststätte",
  "Öffnungszeiten festlegen",
  "Baugenehmigung",
  "Wohngeld",
  "Elterngeld",
  "Kindergeld",
  "Fußgängerzone befahren",
  "Maße und Gewichte eichen",
  "Antrag 2",
  "Antrag 10",
  "Strassenreinigung",
  "GROẞHANDEL anmelden",
  "Ausbildungsförderung (BAföG)",
  "Größenangabe – Übersicht",
  "Zulassung „Kfz“",
];
const PLACES = ["Magdeburg", "Dessau-Roßlau", "Weißenfels", "Köthen (Anhalt)", "Staßfurt", "Wanzleben-Börde", "Halle (Saale)"];
const REMARKS = [
  "Pilotkommunen gesucht",
  "Antrag über „BAföG Digital“ – bundesweit",
  "Schnittstelle zur Straßenverkehrsbehörde",
  "Nachnutzung ab 2024 möglich",
  "Gebühren: 5 € je Antrag",
  "Übergangsweise per E-Mail",
  "siehe § 16 GewStG",
  "Größe: 10\u00a0MB; Format PDF",
  "zwei Zeilen:\nÄnderung folgt",
  "Maßnahme\tim Zeitplan",
  "STRASSE und Straße",
  "Bürgercafé geöffnet",
];
const LEBENSLAGEN = [
  "Geburt",
  "Familie",
  "Umzug",
  "Wohnen & Umzug",
  "Steuern & Abgaben",
  "Straßenverkehr",
  "Ärztliche Versorgung",
  "Öffentliche Sicherheit",
  "Übergang in den Ruhestand",
  "Schule & Ausbildung",
  "Gründung",
  "Tod",
  "Arbeit, Beruf",
  "Arbeit",
];
// Values with commas: multi-value cells sort by their values joined with "; ".
const RECHTSGRUNDLAGEN = [
  "§ 16 GewStG",
  "§ 16 GewStG, Anlage 2",
  "§ 5 BauO LSA, Zuständigkeit",
  "§ 5 BauO LSA",
  "StrG LSA",
  "BAföG",
  "§ 2 Abs. 1 Nr. 3 WoGG",
  "Maß- und Gewichtsgesetz",
];
const LEIKA_KEYS = ["99041006013000", "99041006000000", "99002001000000", "99108012000000", "99050012104000", "99035003000000"];
const TYPISIERUNGEN = ["", "1", "2/3", "1, 2", "4"];

/** Spellings of a canonical value ("" = empty) that an import maps to it: the value, its aliases, other case. */
function spellings(field: ControlledField, value: string): string[] {
  const { aliases = {}, emptyMeans } = VOCABULARY[field];
  const canonical = value === "" && emptyMeans !== NOT_SET ? emptyMeans : value;
  const alias = Object.entries(aliases)
    .filter(([, v]) => v === canonical)
    .map(([spelling]) => spelling);
  if (value === "") return ["", "", "", "  ", ...alias];
  return [value, value, value, value.toLowerCase(), value.toUpperCase(), value.replace(/&/g, "und"), ...alias];
}

/** A file's value list for a field: every value of the vocabulary (EfA: a few leads only) and "". */
function valueSpace(field: ControlledField, random: Random): string[] {
  if (field === "efaFederfuehrung") return [...sample(random, Object.keys(FEDERFUEHRUNGEN), 6), ""];
  if (field === "phase") return [...PHASEN, ""]; // "" is written as an empty cell and read as offen
  return FIELDS[field].required ? [...VOCABULARY[field].values] : [...VOCABULARY[field].values, ""];
}

function csvCell(random: Random, cell: string): string {
  const quote = /[;"\r\n]/.test(cell) || /^\s|\s$/.test(cell) || chance(random, 0.1);
  return quote ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** OZG-IDs of different lengths (numeric order differs from text order), unique. */
function ozgIds(random: Random, count: number): string[] {
  const ids = new Set<string>();
  const ranges = [[1, 99], [100, 9999], [10000, 99999], [100000, 9999999]] as const;
  while (ids.size < count) {
    const [min, max] = pick(random, ranges);
    ids.add(String(between(random, min, max)));
  }
  return [...ids];
}

/**
 * An overview CSV with `count` rows in random order and columns in random order. The first
 * rows cycle through every value of every controlled field (and the empty cell), so that a
 * file of 14 rows or more holds each of them; later rows draw at random.
 */
function overviewCsv(seed: number, count: number): string {
  const random = prng(seed);
  const spaces = Object.fromEntries(CONTROLLED_FIELDS.filter((f) => f !== "lebenslage").map((f) => [f, valueSpace(f, random)])) as Record<
    Exclude<ControlledField, "lebenslage">,
    string[]
  >;
  // Some Lebenslagen are common, some rare, some absent from this file.
  const lebenslagen = sample(random, LEBENSLAGEN, 9);
  const names = NAMES.slice(0, Math.max(3, Math.min(NAMES.length, Math.ceil(count / 3))));
  const ids = ozgIds(random, count);
  const columns = sample(random, FIELD_IDS, FIELD_IDS.length);
  const lineEnd = chance(random, 0.5) ? "\r\n" : "\n";
  const lines = [columns.map((id) => FIELDS[id].header).join(";")];
  for (let i = 0; i < count; i++) {
    const cells = {} as Record<FieldId, string>;
    cells.ozgId = ids[i];
    cells.leistung = pick(random, names) + (chance(random, 0.3) ? ` – ${pick(random, PLACES)}` : "");
    for (const [field, space] of Object.entries(spaces) as [Exclude<ControlledField, "lebenslage">, string[]][]) {
      const value = i < 2 * space.length ? space[i % space.length] : pick(random, space);
      cells[field] = pick(random, spellings(field, value));
    }
    // Drawing from a prefix of random length makes the first Lebenslagen common and the last rare.
    const own = chance(random, 0.2) ? [] : sample(random, lebenslagen.slice(0, between(random, 1, lebenslagen.length)), between(random, 1, 3));
    // The same Lebenslage twice in one cell: the service still counts once.
    if (own.length > 0 && chance(random, 0.1)) own.push(own[0]);
    cells.lebenslage =
      own.length === 0 ? pick(random, ["", "nicht festgelegt", "k. A."]) : own.join(pick(random, ["\n", "; ", ";", "\r\n"]));
    cells.leikaSchluessel = sample(random, LEIKA_KEYS, pick(random, [0, 0, 1, 1, 2])).join("\n");
    cells.typisierung = pick(random, TYPISIERUNGEN);
    cells.rechtsgrundlagen = sample(random, RECHTSGRUNDLAGEN, pick(random, [0, 1, 1, 2])).join(pick(random, ["\n", "; "]));
    cells.onlineDienst = chance(random, 0.5) ? `https://service.sachsen-anhalt.example/dienst-${i}` : "";
    cells.bemerkung = chance(random, 0.4) ? "" : pick(random, REMARKS);
    lines.push(columns.map((id) => csvCell(random, cells[id])).join(";"));
  }
  return (chance(random, 0.5) ? "\uFEFF" : "") + lines.join(lineEnd) + lineEnd;
}

function readRows(label: string, result: ReturnType<typeof readOverviewText>): Leistung[] {
  if (result.errors.length > 0) throw new Error(`${label}: ${result.errors.slice(0, 3).map((e) => e.message).join("\n")}`);
  return result.rows;
}

interface DataSet {
  label: string;
  seed: number;
  /** A derived facet (like the reuse stage): a value 0–2 per OZG-ID, mostly 0, as few services have declarations. */
  derivedValues: Map<string, number>;
  /** The rows as the naive engine sees them: its own copies, in file order. */
  rows: Leistung[];
  dataset: Dataset;
  /** Every vocabulary value and the empty cell occur (checked for the generated files that are large enough). */
  complete: boolean;
  queries: number;
}

const DERIVED_SIZE = 3;

function dataSet(label: string, seed: number, rows: Leistung[], queries: number, complete = false): DataSet {
  const random = prng(seed ^ 0xdeed);
  const derivedValues = new Map(rows.map((r) => [r.ozgId, pick(random, [0, 0, 0, 0, 1, 1, 2])]));
  // buildDataset takes ownership of its rows (it shares repeated lists): give it copies.
  return { label, seed, derivedValues, rows, dataset: buildDataset("2024-01-01", structuredClone(rows)), complete, queries };
}

/** The derived facet's codes by the Dataset's row index, as the loader hands them to runQuery. */
function derivedCodes(data: DataSet): Uint8Array {
  const codes = new Uint8Array(data.dataset.rowCount);
  for (const [id, value] of data.derivedValues) codes[rowIndexOf(data.dataset, id)!] = value;
  return codes;
}

/** Derived codes to keep: mostly none (no filter), sometimes one or two, sometimes one no row has. */
function derivedSelection(random: Random, data: DataSet, coverage: Coverage): number[] {
  if (!chance(random, 0.35)) {
    coverage.add("derived:unfiltered");
    return [];
  }
  const selected = sample(random, [0, 1, 2], pick(random, [1, 1, 2]));
  coverage.add(`derived:${selected.length === 1 ? "one value" : "several values"}`);
  if (selected.some((v) => ![...data.derivedValues.values()].includes(v))) coverage.add("derived:value in no row");
  return selected;
}

function generated(seed: number, count: number, queries: number): DataSet {
  const rows = count === 0 ? [] : readRows(`seed ${seed}`, readOverviewText(overviewCsv(seed, count)));
  return dataSet(`${count} generated rows`, seed, rows, queries, count >= 40);
}

function shippedSample(seed: number, queries: number): DataSet {
  const file = path.resolve("data", "uebersicht", "2022-10-28.csv");
  return dataSet("sample Stand 2022-10-28", seed, readRows(file, readOverview(readFileSync(file))), queries);
}

// ---------------------------------------------------------------------------------------------
// Random queries

/** Words from a row's searchable cells (the anchor row's, if any) in several spellings, words no row contains. */
function searchWord(random: Random, rows: readonly Leistung[], anchor: Leistung | undefined, coverage: Coverage): string {
  const kinds = anchor
    ? ["text", "text", "text", "text", "ozgId", "leika"]
    : rows.length > 0
      ? ["text", "ozgId", "leika", "fixed", "absent"]
      : ["fixed", "absent"];
  const kind = pick(random, kinds);
  coverage.add(`search:${kind}`);
  if (kind === "absent") return pick(random, ["xyzzy", "Quarkstrudel", "zz9", "strassenbahnxyz", "99999999999999"]);
  if (kind === "fixed") {
    return pick(random, ["strasse", "STRASSE", "straße", "fuehrung", "Führung", "oe", "ß", "ss", "§", "&", "–", "„BAföG“", "e-mail", "10", "ae", "cafe"]);
  }
  const row = anchor ?? pick(random, rows);
  if (kind === "ozgId") return row.ozgId.slice(between(random, 0, row.ozgId.length - 1));
  if (kind === "leika") {
    const key = row.leikaSchluessel[0] ?? pick(random, LEIKA_KEYS);
    const from = between(random, 0, 10);
    return key.slice(from, from + between(random, 3, 14));
  }
  const texts = [row.leistung, row.bemerkung, ...row.lebenslage, ...row.rechtsgrundlagen].filter(Boolean);
  const words = pick(random, texts).split(/\s+/).filter(Boolean);
  let word = pick(random, words);
  if (chance(random, 0.35)) {
    const from = between(random, 0, word.length - 1);
    word = word.slice(from, from + between(random, 1, word.length - from));
    coverage.add("search:part of a word");
  }
  const spelling = pick(random, ["as is", "upper", "lower", "folded", "spelled out"]);
  coverage.add(`search:${spelling}`);
  if (spelling === "upper") return word.toUpperCase();
  if (spelling === "lower") return word.toLowerCase();
  if (spelling === "folded") return foldGerman(word);
  const spelledOut: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
  if (spelling === "spelled out") return word.replace(/[äöüÄÖÜß]/g, (c) => spelledOut[c]);
  return word;
}

/** A row's values of a field, [""] for an empty cell. */
function cellList(row: Leistung, field: ControlledField): string[] {
  const value = row[field];
  return Array.isArray(value) ? (value.length ? value : [""]) : [value];
}

/** Filter values of a field: its vocabulary, "", values of the rows, values no row has; the anchor row's value first. */
function filterValues(
  random: Random,
  rows: readonly Leistung[],
  anchor: Leistung | undefined,
  field: ControlledField,
  coverage: Coverage,
): string[] {
  const fromData = rows.flatMap((r) => cellList(r, field));
  const space = [...VOCABULARY[field].values, "", ...(field === "lebenslage" ? [...LEBENSLAGEN, "Raumfahrt"] : [])];
  const count = pick(random, [1, 1, 1, 2, 2, 3]);
  const values = new Set<string>(anchor ? [pick(random, cellList(anchor, field))] : []);
  while (values.size < count) values.add(fromData.length > 0 && chance(random, 0.5) ? pick(random, fromData) : pick(random, space));
  const list = [...values];
  coverage.add(`filter:${field}:${list.length === 1 ? "one value" : "several values"}`);
  if (list.includes("")) coverage.add(`filter:${field}:nicht festgelegt`);
  if (list.some((v) => !fromData.includes(v))) coverage.add(`filter:${field}:value in no row`);
  return list;
}

const SORT_KEYS = FIELD_IDS.flatMap((field) => [false, true].map((desc) => ({ field, desc })));
const PAGE_MODES = ["first", "last", "one beyond the last", "full last page", "middle", "far beyond"] as const;
const SIZES = [1, 2, 3, 5, 7, 10, 25, 50, 100, 250, MAX_PAGE_SIZE];

type Coverage = Set<string>;
type PageMode = (typeof PAGE_MODES)[number];

/**
 * Query `i` of a data set: the sort keys take turns, every other query filters the next field in
 * turn. Most queries take their filter values and search words from one anchor row, so that they match some rows.
 */
function randomQuery(random: Random, rows: readonly Leistung[], i: number, coverage: Coverage): Omit<Query, "page"> & { mode: PageMode } {
  const filters: Query["filters"] = {};
  const anchor = rows.length > 0 && chance(random, 0.7) ? pick(random, rows) : undefined;
  const fields = new Set<ControlledField>(sample(random, CONTROLLED_FIELDS, pick(random, [0, 0, 0, 1, 1, 1, 2, 2, 3, 4])));
  if (i % 2 === 0) fields.add(CONTROLLED_FIELDS[(i / 2) % CONTROLLED_FIELDS.length]);
  for (const field of fields) filters[field] = filterValues(random, rows, anchor, field, coverage);
  if (fields.size > 1) coverage.add("filter:several fields");
  const words = chance(random, 0.5) ? [] : Array.from({ length: pick(random, [1, 1, 2, 3]) }, () => searchWord(random, rows, anchor, coverage));
  const q = words.join(pick(random, [" ", "  ", " \t "]));
  // Selected OZG-IDs, sometimes with one that no row has.
  const ids = chance(random, 0.12) ? sample(random, rows, between(random, 1, 4)).map((r) => r.ozgId) : [];
  if (ids.length > 0 && chance(random, 0.5)) ids.push("4242424242");
  if (ids.length > 0) coverage.add("ozgIds");
  const sort = SORT_KEYS[i % SORT_KEYS.length];
  coverage.add(`sort:${sort.desc ? "-" : ""}${sort.field}`);
  const size = chance(random, 0.2) ? between(random, 1, MAX_PAGE_SIZE) : pick(random, SIZES);
  return { ...EMPTY_QUERY, q, ozgIds: ids, filters, sort, size, mode: pick(random, [...PAGE_MODES, "first", "last", "full last page"]) };
}

/** The page for a page mode, given the number of matches; "full last page" may also change the size. */
function placePage(random: Random, query: Omit<Query, "page">, mode: PageMode, total: number, coverage: Coverage): Query {
  const last = (size: number) => Math.max(1, Math.ceil(total / size));
  let { size } = query;
  let page = 1;
  if (mode === "last") page = last(size);
  if (mode === "one beyond the last") page = last(size) + 1;
  if (mode === "middle") page = between(random, 1, last(size));
  if (mode === "far beyond") page = 1_000_000_000;
  if (mode === "full last page" && total > 0) {
    const divisors = Array.from({ length: Math.min(total, MAX_PAGE_SIZE) }, (_, k) => k + 1).filter((d) => total % d === 0);
    size = pick(random, divisors);
    page = total / size;
  }
  coverage.add(`page:${mode}${total === 0 ? " (no matches)" : ""}`);
  if (page > 1 && page === last(size) && total % size === 0) coverage.add("page:exactly full last page");
  return { ...query, page, size };
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** The first difference between the real and the naive result, or null. */
function difference(data: DataSet, query: Query, selected: number[], codes: Uint8Array): string | null {
  const { dataset, rows } = data;
  const colFields = ["umsetzungsmodell", "ressort"] as const;
  const derived = [{ codes, size: DERIVED_SIZE, selected }];
  const naiveDerived = [{ valueOf: (row: Leistung) => data.derivedValues.get(row.ozgId)!, selected }];
  const real = runQuery(dataset, query, { crossTabs: colFields.map((colField) => ({ rowField: "phase", colField })), derived });
  const realFacets = facetsJson(dataset, real);
  const naive = naiveQuery(rows, query, naiveDerived);
  if (real.total !== naive.total) return `total: real ${real.total}, naive ${naive.total}`;
  const ids = (list: Iterable<Leistung>) => [...list].map((r) => r.ozgId).join(",");
  if (ids(real.rows) !== ids(naive.rows)) return `rows of the page:\nreal  ${ids(real.rows)}\nnaive ${ids(naive.rows)}`;
  const all = ids(matchingRows(dataset, real));
  if (all !== ids(naive.matches)) return `all matches in order (export):\nreal  ${all}\nnaive ${ids(naive.matches)}`;

  for (const field of CONTROLLED_FIELDS) {
    const counts = naive.facets[field]!;
    // facets: the listed values ("nicht festgelegt" for empty cells) and their counts.
    const expectedValues = naiveFacetValues(rows, field).map((v) => (v === "" ? NOT_SET : v));
    const realValues = realFacets[field].map((f) => f.value);
    if (realValues.join("|") !== expectedValues.join("|")) {
      return `facet ${field} lists:\nreal  ${realValues.join(" | ")}\nnaive ${expectedValues.join(" | ")}`;
    }
    for (const { value, count } of realFacets[field]) {
      const want = counts.get(value === NOT_SET ? "" : value) ?? 0;
      if (count !== want) return `facet ${field} „${value}“: real ${count}, naive ${want}`;
    }
    for (const [value, count] of counts) {
      if (!expectedValues.includes(value === "" ? NOT_SET : value)) return `facet ${field}: naive counts „${value}“ (${count}), real does not list it`;
    }
    // facetCounts: the same numbers by dictionary code, 0 = "".
    const dictionary = dataset.dictionaries[field];
    const byCode = real.facetCounts[field];
    if (byCode.length !== dictionary.length) return `facetCounts ${field}: ${byCode.length} codes for ${dictionary.length} values`;
    for (let code = 0; code < dictionary.length; code++) {
      const want = counts.get(dictionary[code]) ?? 0;
      if (byCode[code] !== want) return `facetCounts ${field} code ${code} („${dictionary[code]}“): real ${byCode[code]}, naive ${want}`;
    }
    const naiveSum = [...counts.values()].reduce((a, b) => a + b, 0);
    const realSum = byCode.reduce((a, b) => a + b, 0);
    if (naiveSum !== realSum) return `facetCounts ${field}: sum real ${realSum}, naive ${naiveSum}`;
  }

  // The derived facet: counts per code by the same rule (all other filters, not its own).
  for (let code = 0; code < DERIVED_SIZE; code++) {
    const got = real.derivedCounts[0][code];
    const want = naive.derivedFacets[0].get(code) ?? 0;
    if (got !== want) return `derived facet code ${code}: real ${got}, naive ${want}`;
  }

  const tabs = real.crossTabs;
  const naiveTabs = naiveCrossTabs(rows, query, "phase", colFields, naiveDerived);
  for (const [t, colField] of colFields.entries()) {
    const want = naiveTabs[t];
    const rowDictionary = dataset.dictionaries.phase;
    const colDictionary = dataset.dictionaries[colField];
    let realSum = 0;
    for (let r = 0; r < rowDictionary.length; r++) {
      for (let c = 0; c < colDictionary.length; c++) {
        const got = tabs[t].counts[r][c];
        const expected = want.get(rowDictionary[r])?.get(colDictionary[c]) ?? 0;
        if (got !== expected) {
          return `cross-tab phase × ${colField} („${rowDictionary[r]}“, „${colDictionary[c]}“): real ${got}, naive ${expected}`;
        }
        realSum += got;
      }
    }
    const naiveSum = [...want.values()].flatMap((line) => [...line.values()]).reduce((a, b) => a + b, 0);
    if (realSum !== naiveSum) return `cross-tab phase × ${colField}: sum real ${realSum}, naive ${naiveSum}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

const DATA_SETS: (() => DataSet)[] = [
  () => generated(BASE_SEED * 1000 + 1, 0, 100),
  () => generated(BASE_SEED * 1000 + 2, 1, 300),
  () => generated(BASE_SEED * 1000 + 3, 7, 500),
  () => generated(BASE_SEED * 1000 + 4, 40, 1000),
  () => generated(BASE_SEED * 1000 + 5, 250, 1200),
  () => generated(BASE_SEED * 1000 + 6, 600, 500),
  () => shippedSample(BASE_SEED * 1000 + 7, 600),
];

/** What the queries of all data sets together must have touched at least once. */
const REQUIRED_COVERAGE = [
  ...CONTROLLED_FIELDS.flatMap((f) => ["one value", "several values", "nicht festgelegt", "value in no row"].map((k) => `filter:${f}:${k}`)),
  "filter:several fields",
  "ozgIds",
  ...SORT_KEYS.map((s) => `sort:${s.desc ? "-" : ""}${s.field}`),
  ...PAGE_MODES.map((m) => `page:${m}`),
  "page:exactly full last page",
  ...["unfiltered", "one value", "several values"].map((k) => `derived:${k}`),
  ...["text", "ozgId", "leika", "fixed", "absent", "part of a word", "upper", "lower", "folded", "spelled out"].map((k) => `search:${k}`),
];

describe(`differential test: runQuery and crossTabs against the naive engine (base seed ${BASE_SEED})`, () => {
  const coverage: Coverage = new Set();

  it.each(DATA_SETS.map((make, k) => [k, make] as const))("data set %i", (_, make) => {
    const data = make();
    const context = `DIFFERENTIAL_SEED=${BASE_SEED}, data set „${data.label}“ (seed ${data.seed}, ${data.rows.length} rows)`;
    if (data.complete) {
      // The generator's promise: every value and the empty cell occur, so every facet entry is exercised.
      for (const field of CONTROLLED_FIELDS) {
        if (field === "efaFederfuehrung" || field === "lebenslage") continue;
        const present = new Set<string>(data.rows.map((r) => r[field]));
        const missing = naiveFacetValues([], field).filter((v) => !present.has(v));
        expect(missing, `${context}: values of ${field} missing in the generated rows`).toEqual([]);
      }
      expect(data.rows.some((r) => r.lebenslage.length === 0) && data.rows.some((r) => r.lebenslage.length > 1), context).toBe(true);
      // EfA-Federführung: a few leads and empty cells, the other leads absent (the facet must not list them).
      const leads = new Set(data.rows.map((r) => r.efaFederfuehrung));
      expect(leads.has("") && leads.size > 2 && leads.size < Object.keys(FEDERFUEHRUNGEN).length, context).toBe(true);
    }
    const random = prng(data.seed ^ 0x5eed);
    const codes = derivedCodes(data);
    for (let i = 0; i < data.queries; i++) {
      const { mode, ...draft } = randomQuery(random, data.rows, i, coverage);
      const selected = derivedSelection(random, data, coverage);
      const derived = [{ codes, size: DERIVED_SIZE, selected }];
      // Where the edge pages lie depends on the number of matches (a wrong total fails below anyway).
      const total = runQuery(data.dataset, { ...draft, page: 1 }, { derived }).total;
      const query = placePage(random, draft, mode, total, coverage);
      const diff = difference(data, query, selected, codes);
      if (diff !== null) expect.fail(`${context}, query #${i}: ${JSON.stringify(query)}, derived ${JSON.stringify(selected)}\n${diff}`);
    }
  });

  // Runs after the data sets (tests of a file run in order) and checks what they exercised.
  it("covered every field, multi-value filter, nicht festgelegt, search kind, sort key and page edge", () => {
    expect(REQUIRED_COVERAGE.filter((c) => !coverage.has(c))).toEqual([]);
  });
});
