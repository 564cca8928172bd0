/**
 * GET /termine.ics[?kategorie=&ozgId=]: the dates and deadlines of all calendar sources as
 * iCalendar, and GET /aktuelles/<slug>/termin.ics: those of one news item, as a download.
 * Both cached by the sources' version (ETag, 304).
 */
import { byStart, filterEvents } from "../calendar/event";
import { ICS_CONTENT_TYPE, icsCalendar } from "../calendar/ics";
import { newsItemEvents } from "../calendar/news-events";
import { allEvents, sourcesVersion } from "../calendar/sources";
import { publicBaseUrl } from "../http/base-url";
import { buildId } from "../http/build-id";
import { cachedResponse, strongEtag, textError } from "../http/conditional";
import { parseCategoryStrict } from "../params/category";
import { parseOzgIdsParam } from "../params/ozg-ids";
import { CATEGORY_PLURAL } from "../news/format";
import { NEWS_FILE_RE } from "../news/schema";
import { getNews, newsVersion } from "../news/store";
import { metadataVersion } from "../store/input-version";
import { getMetadata } from "../store/repository";
import { feedDataError } from "./feed-common";

const DESCRIPTION = "OZG-Sprechstunden, Veranstaltungen und Fristen rund um die Umsetzung des Onlinezugangsgesetzes in Sachsen-Anhalt.";

export async function calendarResponse(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams;
  const choice = parseCategoryStrict(search);
  if (!choice.ok) return textError(choice.message, 400);
  const parsedIds = parseOzgIdsParam(search);
  if (parsedIds.problems.length > 0) return textError(parsedIds.problems.map((p) => p.message).join(" "), 400);
  const ozg = { ids: [...parsedIds.ids].sort((a, b) => Number(a) - Number(b)) };
  const base = publicBaseUrl(request.headers, request.url);
  try {
    const [sources, meta] = await Promise.all([sourcesVersion(), metadataVersion()]);
    const etag = strongEtag(["termine.ics", buildId(), base.url, choice.category ?? "", ozg.ids.join(","), ...sources.parts, ...meta.parts]);
    return await cachedResponse(request, {
      validators: { etag, lastModifiedMs: Math.max(sources.lastModifiedMs, meta.lastModifiedMs) },
      contentType: ICS_CONTENT_TYPE,
      varyOnHost: base.fromRequest,
      headers: { "Content-Disposition": 'inline; filename="termine.ics"' },
      build: async () => {
        const [events, metadata] = await Promise.all([allEvents(), getMetadata()]);
        const chosen = filterEvents(events, { category: choice.category, ozgIds: ozg.ids }).sort(byStart);
        const name = `${choice.category ? CATEGORY_PLURAL[choice.category] : "Termine und Fristen"} – ${metadata.title}`;
        return icsCalendar(chosen, { name, description: DESCRIPTION, baseUrl: base.url });
      },
    });
  } catch (error) {
    return feedDataError(error);
  }
}

/** The dates of one news item, downloaded to import into a calendar („In den Kalender übernehmen“). */
export async function itemCalendarResponse(request: Request, slug: string): Promise<Response> {
  if (!NEWS_FILE_RE.test(`${slug}.md`)) return textError("Beitrag nicht gefunden.", 404);
  const base = publicBaseUrl(request.headers, request.url);
  try {
    const [news, meta] = await Promise.all([newsVersion(), metadataVersion()]);
    const item = (await getNews()).items.find((i) => i.slug === slug);
    if (!item) return textError("Beitrag nicht gefunden.", 404);
    const events = newsItemEvents(item);
    if (events.length === 0) return textError("Dieser Beitrag hat keinen Termin und keine Frist.", 404);
    const etag = strongEtag(["termin.ics", buildId(), base.url, slug, news.signature, ...meta.parts]);
    return await cachedResponse(request, {
      validators: { etag, lastModifiedMs: Math.max(news.lastModifiedMs, meta.lastModifiedMs) },
      contentType: ICS_CONTENT_TYPE,
      varyOnHost: base.fromRequest,
      headers: { "Content-Disposition": `attachment; filename="${slug}.ics"` },
      build: async () => {
        const metadata = await getMetadata();
        return icsCalendar(events.sort(byStart), { name: `${item.shortTitle ?? item.title} – ${metadata.title}`, baseUrl: base.url });
      },
    });
  } catch (error) {
    return feedDataError(error);
  }
}
