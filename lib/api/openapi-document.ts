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
import { KREISE } from "../reuse-vocabulary/kommunen";
import { REUSE_PARAM, REUSE_STAGES } from "../reuse-vocabulary/stage";
import { REUSE_STATUSES } from "../reuse-vocabulary/status";
import { RECORD_PATHS, RECORD_SCHEMAS } from "./openapi-protokoll";

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

const STATUS = { type: "string", enum: [...REUSE_STATUSES] };
const OZG_ID = { type: "string", pattern: "^\\d+$" };
const nullable = (schema: Json) => ({ anyOf: [schema, { type: "null" }] });

/** Reuse by Kommunen (docs/contract.md §7): public, without personal data. */
const REUSE_SCHEMAS: Record<string, Json> = {
  StatusCounts: {
    type: "object",
    description: "Je Status die Zahl der Kommunen (jede Kommune einmal je Leistung).",
    required: [...REUSE_STATUSES],
    additionalProperties: false,
    properties: Object.fromEntries(REUSE_STATUSES.map((s) => [s, { type: "integer", minimum: 0 }])),
  },
  Nachnutzung: {
    type: "object",
    required: ["counts", "kommunen"],
    additionalProperties: false,
    properties: {
      counts: ref("StatusCounts"),
      kommunen: { type: "array", items: { type: "string" }, description: "Kommunen mit geschlossener Vereinbarung, angebunden oder in Betrieb." },
    },
  },
  LeistungMitNachnutzung: {
    ...leistung,
    description: "Eine OZG-Leistung mit allen Spalten des Datenvertrags und ihrer Nachnutzung durch Kommunen.",
    required: [...FIELD_IDS, "nachnutzung"],
    properties: { ...(leistung.properties as Json), nachnutzung: ref("Nachnutzung") },
  },
  StatistikAnswer: {
    type: "object",
    required: ["ozgId", "counts", "kommunen"],
    additionalProperties: false,
    properties: { ozgId: OZG_ID, counts: ref("StatusCounts"), kommunen: { type: "array", items: { type: "string" } } },
  },
  NewDeclaration: {
    type: "object",
    required: ["ozgId", "kommune", "kontakt", "start", "einwilligung"],
    properties: {
      ozgId: OZG_ID,
      kommune: {
        type: "object",
        required: ["kreis"],
        properties: {
          kreis: { type: "string", description: `Landkreis oder kreisfreie Stadt (Name oder Kreisschlüssel): ${KREISE.map((k) => k.name).join(", ")}.` },
          name: { type: ["string", "null"], description: "Eine Gemeinde im Landkreis; leer oder der Name des Kreises: der Kreis selbst." },
          ags: { type: ["string", "null"], pattern: "^15\\d{6}$", description: "Gemeindeschlüssel der Gemeinde (8 Ziffern, beginnt mit 15)." },
        },
      },
      kontakt: {
        type: "object",
        required: ["name", "email"],
        properties: { name: { type: "string" }, email: { type: "string" }, telefon: { type: ["string", "null"] } },
      },
      start: { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "Geplanter Start, JJJJ-MM." },
      kommentar: { type: ["string", "null"], maxLength: 2000 },
      einwilligung: { const: true, description: "Einwilligung in die Speicherung der Kontaktdaten (siehe /datenschutz)." },
    },
  },
  DeclarationCreated: {
    type: "object",
    required: ["id", "status"],
    additionalProperties: false,
    properties: {
      id: { type: "string" },
      status: { const: "unbestaetigt" },
      link: { type: "string", description: "Der private Link, nur wenn keine E-Mail gesendet wurde (ohne SMTP_URL)." },
    },
  },
  StandPublished: {
    type: "object",
    required: ["stand", "rows", "sha256", "changes"],
    additionalProperties: false,
    properties: {
      stand: { type: "string", format: "date" },
      rows: { type: "integer", minimum: 0 },
      sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
      changes: {
        type: "object",
        required: ["added", "removed", "changed"],
        additionalProperties: false,
        description: "Anzahlen gegenüber dem bisher aktuellen Stand (ohne einen: alle Zeilen neu).",
        properties: { added: { type: "integer", minimum: 0 }, removed: { type: "integer", minimum: 0 }, changed: { type: "integer", minimum: 0 } },
      },
    },
  },
  ValidationErrors: {
    type: "object",
    required: ["error", "errors", "warnings"],
    additionalProperties: false,
    properties: {
      error: { type: "string" },
      errors: { type: "array", items: { type: "object" }, description: "Wie „npm run validate -- --json“: row, line, column, value, message (höchstens 500)." },
      warnings: { type: "array", items: { type: "object" } },
    },
  },
  FieldErrors: {
    type: "object",
    required: ["error", "fields"],
    additionalProperties: false,
    properties: {
      error: { type: "string" },
      fields: { type: "object", additionalProperties: { type: "string" }, description: "Je ungültigem Feld (Pfad wie „kontakt.email“) eine Meldung auf Deutsch." },
    },
  },
  HistoryEntry: {
    type: "object",
    required: ["at", "actor", "status", "von", "datum", "notiz"],
    additionalProperties: false,
    properties: {
      at: { type: "string", format: "date-time" },
      actor: { type: "string" },
      status: STATUS,
      von: nullable(STATUS),
      datum: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
      notiz: { type: ["string", "null"] },
    },
  },
  Declaration: {
    type: "object",
    required: ["id", "ozgId", "kommune", "kontakt", "start", "kommentar", "status", "late", "abfrage", "bekundetAm", "bestaetigtAm", "kontaktGeloeschtAm", "history"],
    additionalProperties: false,
    properties: {
      id: { type: "string" },
      ozgId: OZG_ID,
      kommune: {
        type: "object",
        required: ["name", "kreis", "ags", "kreisschluessel", "bezeichnung"],
        additionalProperties: false,
        properties: {
          name: { type: "string" },
          kreis: { type: "string", enum: KREISE.map((k) => k.name) },
          ags: { type: ["string", "null"] },
          kreisschluessel: { type: "string", enum: KREISE.map((k) => k.key) },
          bezeichnung: { type: "string" },
        },
      },
      kontakt: nullable({
        type: "object",
        required: ["name", "email", "telefon"],
        additionalProperties: false,
        properties: { name: { type: "string" }, email: { type: "string" }, telefon: { type: ["string", "null"] } },
      }),
      start: { type: "string" },
      kommentar: { type: ["string", "null"] },
      status: STATUS,
      late: { type: "boolean", description: "Nach der Frist der Abfrage bekundet." },
      abfrage: { type: ["string", "null"] },
      bekundetAm: { type: "string", format: "date-time" },
      bestaetigtAm: { type: ["string", "null"] },
      kontaktGeloeschtAm: { type: ["string", "null"] },
      history: { type: "array", items: ref("HistoryEntry") },
    },
  },
  DeclarationsAnswer: {
    type: "object",
    required: ["declarations"],
    additionalProperties: false,
    properties: { declarations: { type: "array", items: ref("Declaration") } },
  },
  StatusChange: {
    type: "object",
    required: ["status"],
    properties: {
      status: STATUS,
      notiz: { type: ["string", "null"], maxLength: 1000, description: "Pflicht bei einem Schritt zurück." },
      datum: { type: ["string", "null"], pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Wann der Schritt geschah; ohne: heute." },
    },
  },
};

const SCHEMAS: Record<string, Json> = {
  Leistung: leistung,
  ...REUSE_SCHEMAS,
  ...RECORD_SCHEMAS,
  Facets: {
    type: "object",
    description: "Je gefiltertem Feld die Anzahlen; es gelten alle anderen Filter, nicht der eigene. „nachnutzung“: der Stand der Nachnutzung durch Kommunen, nach derselben Regel gezählt.",
    required: [...CONTROLLED_FIELDS, REUSE_PARAM],
    additionalProperties: false,
    properties: {
      ...Object.fromEntries(CONTROLLED_FIELDS.map((f) => [f, facetSchema(f)])),
      [REUSE_PARAM]: {
        type: "array",
        items: {
          type: "object",
          required: ["value", "count"],
          additionalProperties: false,
          properties: { value: { type: "string", enum: [...REUSE_STAGES] }, count: { type: "integer", minimum: 0 } },
        },
      },
    },
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
      rows: { type: "array", items: ref("LeistungMitNachnutzung") },
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

/** The query language of docs/contract.md §4, shared by /api/leistungen and /api/export. */
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
      ...arrayParam(REUSE_PARAM, "Stand der Nachnutzung durch Kommunen: nachgenutzt (Vereinbarung geschlossen oder weiter), interesse, keine; mehrfach = oder."),
      schema: { type: "array", items: { type: "string", enum: [...REUSE_STAGES] } },
    },
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
  "/api/nachnutzung": {
    post: {
      operationId: "postNachnutzung",
      summary: "Nachnutzungsinteresse einer Kommune bekunden",
      description:
        "Speichert die Bekundung als „unbestaetigt“. Mit SMTP_URL geht der private Link zum Bestätigen per E-Mail an kontakt.email; ohne steht er in der Antwort. Dieselbe Kommune und Leistung noch einmal: die neue Bekundung ersetzt die frühere, sobald sie bestätigt ist.",
      requestBody: { required: true, content: jsonContent(ref("NewDeclaration")) },
      responses: {
        "201": { description: "Gespeichert, noch unbestätigt.", content: jsonContent(ref("DeclarationCreated")) },
        "400": errorResponse("Der Inhalt ist kein JSON."),
        "403": errorResponse("Eine andere Website hat den Browser die Anfrage senden lassen."),
        "413": errorResponse("Der Inhalt ist zu groß (höchstens 32 KB)."),
        "415": errorResponse("Nicht als application/json gesendet."),
        "422": { description: "Ungültige Angaben, jede einzeln.", content: jsonContent(ref("FieldErrors")) },
        "429": errorResponse("Zu viele Bekundungen von dieser Adresse; Retry-After sagt, wie lange zu warten ist."),
        "503": errorResponse("Datenbank oder Datenordner nicht verfügbar."),
      },
    },
    get: {
      operationId: "getNachnutzung",
      summary: "Bekundungen mit Kontaktdaten (für die OZG-Koordination)",
      security: [{ bearer: [] }],
      parameters: [
        arrayParam("ozgId", "Nur diese Leistungen."),
        { name: "kreis", in: "query", required: false, description: "Landkreis oder kreisfreie Stadt (Name oder Kreisschlüssel), mit ihren Gemeinden.", schema: { type: "string" } },
        { ...arrayParam("status", "Nur diese Status; mehrfach = oder."), schema: { type: "array", items: STATUS } },
        { name: "abfrage", in: "query", required: false, description: "Nur die Leistungen dieser Abfrage (ihre Kennung).", schema: { type: "string" } },
        { name: "format", in: "query", required: false, description: "csv oder xlsx: als Datei.", schema: { type: "string", enum: ["json", "csv", "xlsx"], default: "json" } },
      ],
      responses: {
        "200": {
          description: "Die Bekundungen, nach Leistung und Kommune.",
          content: {
            ...jsonContent(ref("DeclarationsAnswer")),
            "text/csv": { schema: { type: "string" } },
            [XLSX_MEDIA_TYPE]: { schema: { type: "string", contentMediaType: XLSX_MEDIA_TYPE } },
          },
        },
        "400": errorResponse("Ein Parameter ist ungültig."),
        "401": errorResponse("Ohne oder mit ungültigem API-Token."),
        "403": errorResponse("Die Rolle darf das nicht."),
        "503": errorResponse("Datenbank nicht verfügbar."),
      },
    },
  },
  "/api/nachnutzung/{id}": {
    patch: {
      operationId: "patchNachnutzung",
      summary: "Den Status einer Bekundung ändern (mit Datum und Notiz, ins Protokoll)",
      description:
        "Vorwärts auf dem Weg interesse → in-abstimmung → vereinbarung → angebunden → in-betrieb, auch über Schritte hinweg; zurück nur mit Notiz; zurueckgezogen immer. Bestätigen kann nur die Kommune (privater Link); eine zurückgezogene Bekundung bleibt es.",
      security: [{ bearer: [] }],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      requestBody: { required: true, content: jsonContent(ref("StatusChange")) },
      responses: {
        "200": { description: "Geändert.", content: jsonContent({ type: "object", required: ["declaration"], additionalProperties: false, properties: { declaration: ref("Declaration") } }) },
        "400": errorResponse("Der Inhalt ist kein JSON."),
        "401": errorResponse("Ohne oder mit ungültigem API-Token."),
        "403": errorResponse("Die Rolle darf das nicht, oder eine andere Website hat die Anfrage gesendet."),
        "404": errorResponse("Keine solche Bekundung."),
        "409": errorResponse("Dieser Schritt ist vom jetzigen Status aus nicht erlaubt (Grund in „error“)."),
        "415": errorResponse("Nicht als application/json gesendet."),
        "422": { description: "Ungültiger Inhalt (unbekannter Status, Notiz zu lang, Datum ungültig oder in der Zukunft).", content: jsonContent(ref("FieldErrors")) },
      },
    },
  },
  "/api/staende": {
    post: {
      operationId: "postStand",
      summary: "Einen neuen Stand veröffentlichen (CSV oder Excel-Arbeitsmappe als Inhalt)",
      description:
        "Prüft die Datei wie „Datei prüfen“ und veröffentlicht sie nur, wenn sie fehlerfrei ist; der Stand ist sofort aktuell und steht mit SHA-256, Zeilen und Änderungen im Protokoll. Einen bestehenden (auch zurückgezogenen) Stand überschreibt nichts.",
      security: [{ bearer: [] }],
      parameters: [{ name: "stand", in: "query", required: true, description: "Datum des neuen Stands.", schema: { type: "string", format: "date" } }],
      requestBody: {
        required: true,
        content: { "text/csv": { schema: { type: "string" } }, [XLSX_MEDIA_TYPE]: { schema: { type: "string", contentMediaType: XLSX_MEDIA_TYPE } } },
      },
      responses: {
        "201": { description: "Veröffentlicht.", content: jsonContent(ref("StandPublished")) },
        "400": errorResponse("stand fehlt oder ist kein gültiges Datum."),
        "401": errorResponse("Ohne oder mit ungültigem API-Token."),
        "403": errorResponse("Die Rolle darf das nicht, oder eine andere Website hat die Anfrage gesendet."),
        "409": errorResponse("Diesen Stand gibt es schon."),
        "413": errorResponse("Die Datei ist größer als 25 MB."),
        "415": errorResponse("Kein CSV und keine Excel-Arbeitsmappe."),
        "422": { description: "Die Datei hat Fehler; nichts wurde veröffentlicht.", content: jsonContent(ref("ValidationErrors")) },
        "429": errorResponse("Zu viele Veröffentlichungen in kurzer Zeit; Retry-After sagt, wie lange zu warten ist."),
        "503": errorResponse("Datenbank nicht verfügbar oder Prüfungen ausgelastet; nichts wurde veröffentlicht."),
      },
    },
  },
  "/api/staende/{stand}/zurueckziehen": {
    post: {
      operationId: "withdrawStand",
      summary: "Einen Stand zurückziehen (verbergen, nie löschen)",
      description: "Der Stand verschwindet von allen öffentlichen Seiten und aus „stand“; die Datei bleibt, ein Admin kann ihn in der Verwaltung wiederherstellen.",
      security: [{ bearer: [] }],
      parameters: [{ name: "stand", in: "path", required: true, schema: { type: "string", format: "date" } }],
      requestBody: {
        required: true,
        content: jsonContent({ type: "object", required: ["grund"], additionalProperties: false, properties: { grund: { type: "string", minLength: 1, maxLength: 1000 } } }),
      },
      responses: {
        "200": {
          description: "Zurückgezogen.",
          content: jsonContent({ type: "object", required: ["stand", "status"], additionalProperties: false, properties: { stand: { type: "string" }, status: { const: "zurueckgezogen" } } }),
        },
        "400": errorResponse("Kein gültiger Stand oder kein JSON."),
        "401": errorResponse("Ohne oder mit ungültigem API-Token."),
        "403": errorResponse("Die Rolle darf das nicht, oder eine andere Website hat die Anfrage gesendet."),
        "404": errorResponse("Diesen Stand gibt es nicht."),
        "409": errorResponse("Der Stand ist bereits zurückgezogen."),
        "422": errorResponse("Der Grund fehlt oder ist zu lang."),
      },
    },
  },
  "/api/nachnutzung/statistik": {
    get: {
      operationId: "getNachnutzungStatistik",
      summary: "Wie viele Kommunen eine Leistung in welchem Status nachnutzen (ohne personenbezogene Daten)",
      parameters: [{ name: "ozgId", in: "query", required: true, schema: OZG_ID }],
      responses: {
        "200": { description: "Anzahlen je Status und die Kommunen ab „Vereinbarung geschlossen“.", content: jsonContent(ref("StatistikAnswer")) },
        "400": errorResponse("ozgId fehlt oder ist ungültig."),
        "404": errorResponse("Die Leistung gibt es im aktuellen Stand nicht."),
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
    paths: { ...API_PATHS, ...RECORD_PATHS },
    components: { schemas: SCHEMAS, securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "API-Token (npm run user -- token E-MAIL)." } } },
  };
}
