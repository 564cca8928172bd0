/**
 * The OpenAPI 3.1 description of every /api/ route (GET /api/openapi.json), with JSON Schemas
 * (2020-12) of the answers. Schemas are generated from the vocabulary, so they list exactly the
 * values the app knows; tests check the document against the OpenAPI schema and the real
 * answers of the handlers against these schemas.
 *
 * A new route adds its path item to API_PATHS (and its schemas to SCHEMAS).
 */
import { MAX_PAGE_SIZE } from "../query/query";
import {
  CONTROLLED_FIELDS,
  FIELD_IDS,
  FIELDS,
  FEDERFUEHRUNGEN,
  JA_NEIN,
  MULTI_VALUE_FIELDS,
  NOT_SET,
  PHASEN,
  PRIORITAETEN,
  REIFEGRADE,
  RESSORTS,
  THEMENFELDER,
  UMSETZUNGSMODELLE,
  VOCABULARY,
  ZUSTAENDIGKEITEN,
  FIELD_TRAITS,
  type FieldId,
} from "../vocabulary";
import { XLSX_MEDIA_TYPE } from "../opendata/downloads";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const STAND = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Ein Stand (Veröffentlichungsdatum) im Format JJJJ-MM-TT." };

/** Values a single-valued cell may hold; "" is an empty cell (nicht festgelegt). */
const CELL_VALUES: Partial<Record<FieldId, readonly string[]>> = {
  themenfeld: THEMENFELDER,
  zustaendigkeit: [...ZUSTAENDIGKEITEN, ""],
  ressort: [...RESSORTS, ""],
  prioritaet: [...PRIORITAETEN, ""],
  phase: PHASEN,
  umsetzungsmodell: [...UMSETZUNGSMODELLE, ""],
  efaFederfuehrung: [...Object.keys(FEDERFUEHRUNGEN), ""],
  nachnutzbarKommunen: [...JA_NEIN, ""],
  reifegrad: [...REIFEGRADE, ""],
};

function fieldSchema(field: FieldId): Json {
  const description = `Spalte „${FIELDS[field].header}“.`;
  if ((MULTI_VALUE_FIELDS as readonly string[]).includes(field)) {
    const item = field === "leikaSchluessel" ? { type: "string", pattern: "^\\d{14}$" } : { type: "string", minLength: 1 };
    return { type: "array", items: item, description: `${description} Mehrere Werte; leer = [].` };
  }
  if (field === "ozgId") return { type: "string", pattern: "^\\d+$", description };
  if (field === "leistung") return { type: "string", minLength: 1, description };
  if (field === "onlineDienst") return { type: "string", anyOf: [{ const: "" }, { pattern: "^https://" }], description };
  const values = CELL_VALUES[field];
  return values ? { type: "string", enum: [...values], description: `${description} "" = nicht festgelegt.` } : { type: "string", description };
}

const leistung: Json = {
  type: "object",
  description: "Eine OZG-Leistung mit allen Spalten des Datenvertrags, in dieser Reihenfolge.",
  required: [...FIELD_IDS],
  additionalProperties: false,
  properties: Object.fromEntries(FIELD_IDS.map((f) => [f, fieldSchema(f)])),
};

function facetSchema(field: (typeof CONTROLLED_FIELDS)[number]): Json {
  const fixed = FIELD_TRAITS[field].facetFrom === "vocabulary";
  const canBeEmpty = field !== "themenfeld" && VOCABULARY[field].emptyMeans === NOT_SET;
  const values = fixed ? [...VOCABULARY[field].values, ...(canBeEmpty ? [NOT_SET] : [])] : null;
  return {
    type: "array",
    description: fixed
      ? `Jeder Wert des Vokabulars mit seiner Anzahl, auch 0${canBeEmpty ? `, zuletzt „${NOT_SET}“` : ""}.`
      : `Die im Stand vorkommenden Werte mit ihrer Anzahl, zuletzt „${NOT_SET}“.`,
    items: {
      type: "object",
      required: ["value", "count"],
      additionalProperties: false,
      properties: { value: values ? { type: "string", enum: values } : { type: "string" }, count: { type: "integer", minimum: 0 } },
    },
  };
}

const SCHEMAS: Record<string, Json> = {
  Leistung: leistung,
  Facets: {
    type: "object",
    description: "Je gefiltertem Feld die Anzahlen; es gelten alle anderen Filter, nicht der eigene.",
    required: [...CONTROLLED_FIELDS],
    additionalProperties: false,
    properties: Object.fromEntries(CONTROLLED_FIELDS.map((f) => [f, facetSchema(f)])),
  },
  LeistungenAnswer: {
    type: "object",
    required: ["stand", "total", "page", "size", "rows", "facets"],
    additionalProperties: false,
    properties: {
      stand: STAND,
      total: { type: "integer", minimum: 0, description: "Alle Treffer, nicht nur die Seite." },
      page: { type: "integer", minimum: 1 },
      size: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE },
      rows: { type: "array", items: ref("Leistung") },
      facets: ref("Facets"),
    },
  },
  Problem: {
    type: "object",
    required: ["param", "value", "message"],
    additionalProperties: false,
    properties: { param: { type: "string" }, value: { type: "string" }, message: { type: "string", description: "Deutsch." } },
  },
  Error: {
    type: "object",
    required: ["error"],
    additionalProperties: false,
    properties: {
      error: { type: "string", description: "Was falsch ist, auf Deutsch." },
      problems: { type: "array", items: ref("Problem"), description: "Bei ungültigen Parametern: jeder einzeln." },
    },
  },
  FieldChange: {
    type: "object",
    required: ["field", "before", "after"],
    additionalProperties: false,
    properties: {
      field: { type: "string", enum: [...FIELD_IDS] },
      before: { type: "string", description: "Listen mit „; “ verbunden, leere Zelle als \"\"." },
      after: { type: "string" },
    },
  },
  ChangedLeistung: {
    type: "object",
    required: ["ozgId", "leistung", "fields"],
    additionalProperties: false,
    properties: {
      ozgId: { type: "string", pattern: "^\\d+$" },
      leistung: { type: "string", description: "Der Name im neueren Stand." },
      fields: { type: "array", minItems: 1, items: ref("FieldChange") },
    },
  },
  AenderungenAnswer: {
    type: "object",
    required: ["from", "to", "added", "removed", "changed"],
    additionalProperties: false,
    properties: {
      from: STAND,
      to: STAND,
      added: { type: "array", items: ref("Leistung") },
      removed: { type: "array", items: ref("Leistung") },
      changed: { type: "array", items: ref("ChangedLeistung") },
    },
  },
};

const jsonContent = (schema: Json) => ({ "application/json": { schema } });
const errorResponse = (description: string) => ({ description, content: jsonContent(ref("Error")) });
const UNAVAILABLE = errorResponse("Der Datenordner ist nicht lesbar oder ein veröffentlichter Stand ist fehlerhaft (Grund in „error“).");

const arrayParam = (name: string, description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  style: "form",
  explode: true,
  schema: { type: "array", items: { type: "string" } },
});

/** The query language of DATA.md §4, shared by /api/leistungen and /api/export. */
function queryParameters(withPaging: boolean): Json[] {
  const filters = CONTROLLED_FIELDS.map((field) => {
    const values = FIELD_TRAITS[field].facetFrom === "data" ? "die Werte der Daten" : VOCABULARY[field].values.join(", ");
    return arrayParam(
      field,
      `Filter „${FIELDS[field].header}“: Werte (${values}) oder „${NOT_SET}“; mehrfach = oder. Schreibweisen wie beim Import (Groß-/Kleinschreibung, bekannte Varianten).`,
    );
  });
  return [
    { name: "q", in: "query", required: false, description: "Suchwörter; eine Leistung passt, wenn jedes Wort vorkommt (höchstens 200 Zeichen).", schema: { type: "string", maxLength: 200 } },
    arrayParam("ozgId", "Nur diese Leistungen (OZG-IDs, mehrfach)."),
    ...filters,
    {
      name: "sort",
      in: "query",
      required: false,
      description: "Sortierung: ein Feldname, mit „-“ davor absteigend; bei Gleichstand nach OZG-ID.",
      schema: { type: "string", enum: FIELD_IDS.flatMap((f) => [f, `-${f}`]), default: "ozgId" },
    },
    ...(withPaging
      ? [
          { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "size", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 } },
        ]
      : []),
    { name: "stand", in: "query", required: false, description: "Ein veröffentlichter Stand; ohne: der neueste.", schema: STAND },
    {
      name: "cols",
      in: "query",
      required: false,
      description: `Spalten, durch Komma getrennt (${FIELD_IDS.join(", ")}).`,
      schema: { type: "string" },
    },
  ];
}

const API_PATHS: Record<string, Json> = {
  "/api/leistungen": {
    get: {
      operationId: "getLeistungen",
      summary: "Leistungen suchen und filtern, seitenweise, mit Anzahlen je Filterwert",
      parameters: queryParameters(true),
      responses: {
        "200": { description: "Eine Seite der Treffer.", content: jsonContent(ref("LeistungenAnswer")) },
        "400": errorResponse("Ein Parameter ist ungültig."),
        "503": UNAVAILABLE,
      },
    },
  },
  "/api/export": {
    get: {
      operationId: "exportLeistungen",
      summary: "Alle Treffer als CSV (oder Excel-Arbeitsmappe) herunterladen, ohne Seiten",
      description:
        "Dieselbe Abfrage wie /api/leistungen; page und size werden ignoriert. Ohne cols alle 17 Spalten. CSV: UTF-8 mit BOM, Semikolon, CRLF, gegen Formeln geschützt.",
      parameters: [
        ...queryParameters(false),
        { name: "format", in: "query", required: false, description: "Dateiformat.", schema: { type: "string", enum: ["csv", "xlsx"], default: "csv" } },
      ],
      responses: {
        "200": {
          description: "Die Datei (Content-Disposition mit dem Stand im Namen).",
          content: {
            "text/csv": { schema: { type: "string" } },
            [XLSX_MEDIA_TYPE]: { schema: { type: "string", contentMediaType: XLSX_MEDIA_TYPE } },
          },
        },
        "400": errorResponse("Ein Parameter ist ungültig."),
        "503": UNAVAILABLE,
      },
    },
  },
  "/api/aenderungen": {
    get: {
      operationId: "getAenderungen",
      summary: "Was sich zwischen zwei Ständen geändert hat",
      parameters: [
        { name: "von", in: "query", required: false, description: "Der ältere Stand; ohne: der Stand vor „bis“.", schema: STAND },
        { name: "bis", in: "query", required: false, description: "Der neuere Stand; ohne: der neueste.", schema: STAND },
      ],
      responses: {
        "200": { description: "Neue, entfallene und geänderte Leistungen, Feld für Feld.", content: jsonContent(ref("AenderungenAnswer")) },
        "400": errorResponse("Ein Stand ist unbekannt oder ungültig, oder „von“ liegt nicht vor „bis“."),
        "503": UNAVAILABLE,
      },
    },
  },
  "/api/openapi.json": {
    get: {
      operationId: "getOpenApi",
      summary: "Diese Beschreibung der Schnittstelle (OpenAPI 3.1)",
      responses: { "200": { description: "Das OpenAPI-Dokument.", content: jsonContent({ type: "object" }) } },
    },
  },
};

export function openApiDocument(baseUrl: string): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "OZG-Nachnutzungsübersicht Sachsen-Anhalt – Schnittstelle",
      version: "1.0.0",
      description:
        "Die Nachnutzungsübersicht als JSON und CSV. Eine Abfragesprache für Seiten, Schnittstelle und Export: Suche, Filter je Feld (mehrfach = oder, verschiedene Felder = und), Sortierung, Stand. Fehler antworten mit { \"error\": \"…\" } auf Deutsch.",
    },
    servers: [{ url: baseUrl }],
    paths: API_PATHS,
    components: { schemas: SCHEMAS },
  };
}
