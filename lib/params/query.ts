/**
 * URL search parameters → the overview Query (DATA.md §4), validated with zod: the dashboard,
 * the JSON API, the export and every page that shows a part of the overview. Each parameter is checked on its own:
 * an invalid one is reported (the API answers 400) and falls back to its default (the page
 * shows a notice), so one bad value never hides the rest of the view. Unknown parameters are ignored.
 */
import { DEFAULT_COLUMNS, EMPTY_QUERY, MAX_PAGE_SIZE, type Query, type SortSpec } from "../query/query";
import { STACK_OPTIONS, type StackField } from "../query/stack";
import { canonicalValue, CONTROLLED_FIELDS, FIELDS, FIELD_IDS, type FieldId, VOCABULARY, allowedValuesText } from "../vocabulary";
import { z } from "../zod";
import { type SearchParamsInput, allValues, lastValue } from "./input";
import { type ParamContext, type ParamProblem, paramProblem } from "./problem";
import { parseShownStand } from "./stand";

export interface ParsedQuery {
  query: Query;
  problems: ParamProblem[];
}

/** Longer searches are refused: each word scans the index, and a query must stay cheap. */
export const MAX_SEARCH_LENGTH = 200;

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

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Ungültiger Wert.";
}

export function parseQuery(input: SearchParamsInput, context: ParamContext): ParsedQuery {
  const problems: ParamProblem[] = [];
  const query: Query = { ...EMPTY_QUERY, ozgIds: [], filters: {} };

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
  if (q.length > MAX_SEARCH_LENGTH) {
    problems.push(paramProblem("q", q, `Die Suche ist zu lang (${q.length} Zeichen, höchstens ${MAX_SEARCH_LENGTH}).`));
  } else {
    query.q = q;
  }
  for (const raw of allValues(input, "ozgId")) {
    const id = raw.trim();
    if (id === "") continue;
    if (!/^\d+$/.test(id)) {
      problems.push(paramProblem("ozgId", raw, `„${raw}“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10056).`));
    } else if (!query.ozgIds.includes(id)) {
      query.ozgIds.push(id);
    }
  }
  query.page = single("page", pageSchema) ?? EMPTY_QUERY.page;
  query.size = single("size", sizeSchema) ?? EMPTY_QUERY.size;
  query.sort = single("sort", sortSchema) ?? EMPTY_QUERY.sort;
  // The column form without JavaScript sends one `col` per checkbox; the page redirects to `cols`.
  const colInputs = allValues(input, "col");
  const colsInput = allValues(input, "cols").length === 0 && colInputs.length > 0 ? new URLSearchParams({ cols: colInputs.join(",") }) : input;
  query.cols = single("cols", colsSchema, colsInput) ?? null;
  if (query.cols && query.cols.join(",") === DEFAULT_COLUMNS.join(",")) query.cols = null;
  query.chart = single("chart", chartSchema) ?? EMPTY_QUERY.chart;
  const stand = parseShownStand(input, context);
  query.stand = stand.stand;
  problems.push(...stand.problems);

  for (const field of CONTROLLED_FIELDS) {
    const values: string[] = [];
    for (const raw of allValues(input, field)) {
      if (raw.trim() === "") continue;
      const value = canonicalValue(field, raw);
      if (value === undefined) {
        problems.push({
          param: field,
          value: raw,
          message: `Filter „${FIELDS[field].header}“: „${raw}“ ist ${VOCABULARY[field].unknownPhrase}. Erlaubt: ${allowedValuesText(field)}, nicht festgelegt.`,
        });
      } else if (!values.includes(value)) {
        values.push(value);
      }
    }
    if (values.length) query.filters[field] = values;
  }
  return { query, problems };
}
