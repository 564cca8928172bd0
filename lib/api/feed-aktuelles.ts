/** GET /feeds/aktuelles.atom[?kategorie=]: the news as Atom, cached by news version (ETag, 304). */
import { berlinStartOfDay } from "../berlin-time";
import { atomXml, ATOM_CONTENT_TYPE } from "../feeds/atom";
import { newsFeed } from "../feeds/news-feed";
import { publicBaseUrl } from "../http/base-url";
import { buildId } from "../http/build-id";
import { cachedResponse, strongEtag, textError } from "../http/conditional";
import { filterByCategory } from "../news/categories";
import { parseCategoryStrict } from "../params/category";
import { getNews, newsVersion } from "../news/store";
import { metadataVersion } from "../store/input-version";
import { getMetadata } from "../store/repository";
import { feedDataError } from "./feed-common";

export async function newsFeedResponse(request: Request): Promise<Response> {
  const choice = parseCategoryStrict(new URL(request.url).searchParams);
  if (!choice.ok) return textError(choice.message, 400);
  const base = publicBaseUrl(request.headers, request.url);
  try {
    const [news, meta] = await Promise.all([newsVersion(), metadataVersion()]);
    const lastModifiedMs = Math.max(news.lastModifiedMs, meta.lastModifiedMs);
    const etag = strongEtag(["aktuelles.atom", buildId(), base.url, choice.category ?? "", news.signature, ...meta.parts]);
    return await cachedResponse(request, {
      validators: { etag, lastModifiedMs },
      contentType: ATOM_CONTENT_TYPE,
      varyOnHost: base.fromRequest,
      build: async () => {
        const [{ items }, metadata] = await Promise.all([getNews(), getMetadata()]);
        const emptyUpdated = berlinStartOfDay(new Date(lastModifiedMs || 0).toISOString().slice(0, 10));
        return atomXml(newsFeed({ items: filterByCategory(items, choice.category), category: choice.category, metadata, baseUrl: base.url, emptyUpdated }));
      },
    });
  } catch (error) {
    return feedDataError(error);
  }
}
