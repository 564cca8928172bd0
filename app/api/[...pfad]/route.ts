import { jsonAnswer, toResponse } from "@/lib/http/answers";

/** Any other address under /api: a German 404 in the API's shape, not the HTML page. */
function notFound(): Response {
  return toResponse(jsonAnswer(404, "Diese Adresse gibt es in der API nicht. Verfügbar: /api/leistungen, /api/export, /api/aenderungen."));
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
