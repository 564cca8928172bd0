/** The record's part of the OpenAPI document (GET /api/protokoll), spread into lib/api/openapi-document.ts. */
import { RECORD_ACTIONS } from "../record/record";
import { API_MAX_LIMIT } from "../record/record-filter";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: Json) => ({ "application/json": { schema } });
const errorResponse = (description: string) => ({ description, content: jsonContent(ref("Error")) });
const DAY_OR_INSTANT = {
  type: "string",
  description: "Ein Tag JJJJ-MM-TT (Europe/Berlin) oder ein Zeitpunkt nach ISO 8601 mit Zeitzone.",
};

export const RECORD_SCHEMAS: Record<string, Json> = {
  RecordEntry: {
    type: "object",
    required: ["at", "actor", "action", "details"],
    additionalProperties: false,
    properties: {
      at: { type: "string", format: "date-time", description: "Wann (UTC)." },
      actor: { type: "string", description: "Wer: die E-Mail-Adresse eines Kontos, „Kommandozeile“, „System“, „unbekannt“ (fehlgeschlagene Anmeldung ohne Konto)." },
      action: { type: "string", enum: [...RECORD_ACTIONS] },
      details: {
        type: "object",
        description: "Was genau; je nach Aktion. Eine Veröffentlichung: stand, sha256, rows, fileName und die Anzahlen der Änderungen.",
      },
    },
  },
  RecordAnswer: {
    type: "object",
    required: ["entries"],
    additionalProperties: false,
    properties: { entries: { type: "array", items: ref("RecordEntry"), description: "Neueste zuerst." } },
  },
};

export const RECORD_PATHS: Record<string, Json> = {
  "/api/protokoll": {
    get: {
      operationId: "getProtokoll",
      summary: "Das Protokoll: jede Anmeldung, Veröffentlichung, jeder Rückzug, jede Änderung an Aktuelles, Konten und Nachnutzung",
      description: "Nur lesend; nichts darin wird je geändert oder gelöscht. Für Konten mit der Rolle redaktion oder admin.",
      security: [{ bearer: [] }],
      parameters: [
        { name: "action", in: "query", required: false, description: "Nur diese Aktion.", schema: { type: "string", enum: [...RECORD_ACTIONS] } },
        { name: "actor", in: "query", required: false, description: "Nur Einträge dieses Handelnden (genau).", schema: { type: "string" } },
        { name: "von", in: "query", required: false, description: "Ab diesem Tag (einschließlich) oder Zeitpunkt.", schema: DAY_OR_INSTANT },
        { name: "bis", in: "query", required: false, description: "Bis zu diesem Tag (einschließlich) oder vor diesem Zeitpunkt.", schema: DAY_OR_INSTANT },
        { name: "limit", in: "query", required: false, description: "Höchstens so viele Einträge.", schema: { type: "integer", minimum: 1, maximum: API_MAX_LIMIT, default: 100 } },
        { name: "offset", in: "query", required: false, description: "So viele (neueste) Einträge überspringen.", schema: { type: "integer", minimum: 0, default: 0 } },
      ],
      responses: {
        "200": { description: "Die Einträge, neueste zuerst.", content: jsonContent(ref("RecordAnswer")) },
        "400": errorResponse("Ein Parameter ist ungültig."),
        "401": errorResponse("Ohne oder mit ungültigem API-Token."),
        "403": errorResponse("Die Rolle darf das nicht, oder eine andere Website hat die Anfrage gesendet."),
        "503": errorResponse("Datenbank nicht verfügbar."),
      },
    },
  },
};
