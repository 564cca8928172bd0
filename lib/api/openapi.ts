/** GET /api/openapi.json: the OpenAPI document; it changes only with a deployment or the base URL. */
import { publicBaseUrl } from "../http/base-url";
import { buildId } from "../http/build-id";
import { cachedResponse, strongEtag } from "../http/conditional";
import { openApiDocument } from "./openapi-document";

export async function openApiResponse(request: Request): Promise<Response> {
  const base = publicBaseUrl(request.headers, request.url);
  // No Last-Modified: the document has no modification time of its own (it is code); the ETag carries the build.
  return cachedResponse(request, {
    validators: { etag: strongEtag(["openapi.json", buildId(), base.url]) },
    contentType: "application/json; charset=utf-8",
    varyOnHost: base.fromRequest,
    build: () => `${JSON.stringify(openApiDocument(base.url), null, 2)}\n`,
  });
}
