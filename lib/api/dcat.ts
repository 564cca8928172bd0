/** GET /daten/dcat.jsonld: DCAT-AP.de metadata, cached by the Stände and metadata.json (ETag, 304). */
import { publicBaseUrl } from "../http/base-url";
import { buildId } from "../http/build-id";
import { cachedResponse, strongEtag } from "../http/conditional";
import { DCAT_CONTENT_TYPE, dcatDocument } from "../opendata/dcat";
import { metadataVersion, staendeVersion } from "../store/input-version";
import { getMetadata } from "../store/repository";
import { feedDataError } from "./feed-common";

export async function dcatResponse(request: Request): Promise<Response> {
  const base = publicBaseUrl(request.headers, request.url);
  try {
    const [{ staende, version }, meta] = await Promise.all([staendeVersion(), metadataVersion()]);
    const etag = strongEtag(["dcat.jsonld", buildId(), base.url, ...version.parts, ...meta.parts]);
    return await cachedResponse(request, {
      validators: { etag, lastModifiedMs: Math.max(version.lastModifiedMs, meta.lastModifiedMs) },
      contentType: DCAT_CONTENT_TYPE,
      varyOnHost: base.fromRequest,
      build: async () => `${JSON.stringify(dcatDocument({ staende, metadata: await getMetadata(), baseUrl: base.url }), null, 2)}\n`,
    });
  } catch (error) {
    return feedDataError(error);
  }
}
