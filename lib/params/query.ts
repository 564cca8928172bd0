/**
 * URL search parameters → the overview Query (docs/contract.md §4), validated with zod: the dashboard,
 * the JSON API, the export and every page that shows a part of the overview. Each parameter is checked on its own:
 * an invalid one is reported (the API answers 400) and falls back to its default (the page
 * shows a notice), so one bad value never hides the rest of the view. Unknown parameters are ignored.
 */
import { DEFAULT_COLUMNS, EMPTY_QUERY, MAX_PAGE_SIZE, type Query, type SortSpec } from "../query/query";
import { CHARTS_HIDDEN, CHARTS_SHOWN, STACK_OPTIONS, type StackField } from "../query/stack";
import { canonicalValue, CONTROLLED_FIELDS, FIELDS, FIELD_IDS, type FieldId, VOCABULARY, allowedValuesText } from "../vocabulary";
import { z } from "../zod";
import { type SearchParamsInput, allValues, lastValue } from "./input";
import { type ParamContext, type ParamProblem, paramProblem } from "./problem";
import { parseOzgIdsParam } from "./ozg-ids";
import { InvalidValues, boundedValues } from "./repeated";
import { parseReuseStages } from "./reuse-stage";
import { parseShownStand, parseStandParam } from "./stand";

export interface ParsedQuery {
  query: Query;
  problems: ParamProblem[];
}

/** Longer searches are refused: each word scans the index, and a query must stay cheap. */
export const MAX_SEARCH_LENGTH = 200;
/** Bounds on the work one request can ask for (issue "Hardening"; docs/contract.md §4). */
export const MAX_SEARCH_WORDS = 20;
export const MAX_VALUES_PER_FILTER = 50;

const fieldIdList = FIELD_IDS.join(", ");

const positiveInt = (label: string, max: number = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d+$/, { error: (i) => `„${String(i.input)}“ ist keine gültige ${label} (eine ganze Zahl ab 1).` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: `${label} muss mindestens 1 sein.` })
        .max(max, { error: max === Number.MAX_SAFE_INTEGER ? `Die ${label} ist zu groß.` : `${label} darf höchstens ${max} sein.` }),
    );

const pageSchema = positiveInt("Seitenzahl");
const sizeSchema = positiveInt("Seitengröße", MAX_PAGE_SIZE);

const sortSchema = z.string().transform((raw, ctx): SortSpec => {
  const desc = raw.startsWith("-");
  const field = desc ? raw.slice(1) : raw;
  if (!(FIELD_IDS as readonly string[]).includes(field)) {
    ctx.addIssue({ code: "custom", message: `„${raw}“ ist keine bekannte Sortierung. Erlaubt sind die Feldnamen ${fieldIdList}, mit „-“ davor absteigend.` });
    return z.NEVER;
  }
  return { field: field as FieldId, desc };
});

const colsSchema = z.string().transform((raw, ctx): FieldId[] => {
  const cols = raw.split(",").map((c) => c.trim()).filter(Boolean);
  const unknown = cols.filter((c) => !(FIELD_IDS as readonly string[]).includes(c));
  if (cols.length === 0 || unknown.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: cols.length === 0 ? "Es muss mindestens eine Spalte gewählt sein." : `Unbekannte Spalte „${unknown.join("“, „")}“. Erlaubt: ${fieldIdList}.`,
    });
    return z.NEVER;
  }
  return [...new Set(cols)] as FieldId[];
});

const chartSchema = z.string().transform((raw, ctx): StackField => {
  const option = STACK_OPTIONS.find((o) => o.param === raw.toLowerCase() || o.field === raw);
  if (!option) {
    ctx.addIssue({ code: "custom", message: `„${raw}“ ist keine bekannte Darstellung. Erlaubt: ${STACK_OPTIONS.map((o) => o.param).join(", ")}.` });
    return z.NEVER;
  }
  return option.field;
});

const chartsShownSchema = z.string().transform((raw, ctx): boolean => {
  const value = raw.trim().toLowerCase();
  if (value === CHARTS_SHOWN || value === CHARTS_HIDDEN) return value === CHARTS_SHOWN;
  ctx.addIssue({ code: "custom", message: `„${raw}“ ist keine gültige Angabe für die Diagramme. Erlaubt: ${CHARTS_SHOWN} (anzeigen) oder ${CHARTS_HIDDEN} (nur eine Zeile Zusammenfassung).` });
  return z.NEVER;
});

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Ungültiger Wert.";
}

export function parseQuery(input: SearchParamsInput, context: ParamContext): ParsedQuery {
  const problems: ParamProblem[] = [];
  const query: Query = { ...EMPTY_QUERY, ozgIds: [], filters: {}, nachnutzung: [], geaendert: [] };

  /** Validates the last non-empty value of a single-valued parameter; reports and returns undefined when invalid. */
  function single<T>(name: string, schema: z.ZodType<T, string>, from: SearchParamsInput = input): T | undefined {
    const raw = lastValue(from, name);
    if (raw === undefined) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    problems.push(paramProblem(name, raw, firstMessage(result.error)));
    return undefined;
  }

  const q = allValues(input, "q").join(" ").trim().replace(/\s+/g, " ");
  const wordCount = q === "" ? 0 : q.split(" ").length;
  if (q.length > MAX_SEARCH_LENGTH) {
    problems.push(paramProblem("q", q.slice(0, MAX_SEARCH_LENGTH), `Die Suche ist zu lang (${q.length} Zeichen, höchstens ${MAX_SEARCH_LENGTH}).`));
  } else if (wordCount > MAX_SEARCH_WORDS) {
    problems.push(paramProblem("q", q, `Die Suche hat zu viele Wörter (${wordCount}, höchstens ${MAX_SEARCH_WORDS}).`));
  } else {
    query.q = q;
  }
  const ozgIds = parseOzgIdsParam(input);
  query.ozgIds = ozgIds.ids;
  problems.push(...ozgIds.problems);
  query.page = single("page", pageSchema) ?? EMPTY_QUERY.page;
  query.size = single("size", sizeSchema) ?? EMPTY_QUERY.size;
  query.sort = single("sort", sortSchema) ?? EMPTY_QUERY.sort;
  // The column form without JavaScript sends one `col` per checkbox; the page redirects to `cols`.
  const colInputs = allValues(input, "col");
  const colsInput = allValues(input, "cols").length === 0 && colInputs.length > 0 ? new URLSearchParams({ cols: colInputs.join(",") }) : input;
  query.cols = single("cols", colsSchema, colsInput) ?? null;
  if (query.cols && query.cols.join(",") === DEFAULT_COLUMNS.join(",")) query.cols = null;
  query.chart = single("chart", chartSchema) ?? EMPTY_QUERY.chart;
  query.chartsShown = single("diagramme", chartsShownSchema) ?? EMPTY_QUERY.chartsShown;
  const stand = parseShownStand(input, context);
  query.stand = stand.stand;
  problems.push(...stand.problems);

  for (const field of CONTROLLED_FIELDS) {
    const values: string[] = [];
    const invalid = new InvalidValues(field, problems);
    for (const raw of boundedValues(input, field, MAX_VALUES_PER_FILTER, problems)) {
      const value = canonicalValue(field, raw);
      if (value === undefined) {
        invalid.add(raw, `Filter „${FIELDS[field].header}“: „${raw}“ ist ${VOCABULARY[field].unknownPhrase}. Erlaubt: ${allowedValuesText(field)}, nicht festgelegt.`);
      } else if (!values.includes(value)) {
        values.push(value);
      }
    }
    invalid.close();
    if (values.length) query.filters[field] = values;
  }

  query.nachnutzung = parseReuseStages(input, problems);
  parseChangedSince(input, context, query, problems, boundedValues(input, "geaendert", FIELD_IDS.length, problems));
  return { query, problems };
}

/**
 * `geaendertSeit` (a published Stand older than the shown one) and `geaendert` (field ids whose
 * change counts; only together with `geaendertSeit`).
 */
function parseChangedSince(input: SearchParamsInput, context: ParamContext, query: Query, problems: ParamProblem[], fields: string[]): void {
  const since = parseStandParam(input, context, "geaendertSeit");
  problems.push(...since.problems);
  const shown = query.stand ?? context.staende[context.staende.length - 1];
  if (since.stand !== null && since.stand >= shown) {
    problems.push(paramProblem("geaendertSeit", since.stand, `Der Stand ${since.stand} ist nicht älter als der angezeigte Stand ${shown}; „geändert seit“ braucht einen früheren Stand.`));
  } else {
    query.geaendertSeit = since.stand;
  }
  const known = fields.filter((f): f is FieldId => (FIELD_IDS as readonly string[]).includes(f));
  const unknown = fields.filter((f) => !known.includes(f as FieldId));
  if (unknown.length > 0) {
    problems.push(paramProblem("geaendert", unknown.join(", "), `Unbekanntes Feld „${unknown.join("“, „")}“. Erlaubt: ${fieldIdList}.`));
  }
  if (known.length > 0 && lastValue(input, "geaendertSeit") === undefined) {
    problems.push(paramProblem("geaendert", known.join(", "), "Wirkt nur zusammen mit „geaendertSeit“ (seit welchem Stand)."));
  } else if (query.geaendertSeit !== null) {
    query.geaendert = FIELD_IDS.filter((f) => known.includes(f));
  }
}
