/**
 * GET /feeds/aenderungen.atom?<query>: the changes of each published Stand for the query's
 * services, as Atom. Any filter of the query language selects (ressort, themenfeld, lebenslage,
 * q, ozgId, …); parameters that only shape a table (page, size, sort, cols, chart) and `stand`
 * are ignored; an invalid filter is a 400 with the same German message as the API.
 */
import { atomXml, ATOM_CONTENT_TYPE } from "../feeds/atom";
import { changesFeed, MAX_CHANGE_ENTRIES, selectionKey } from "../feeds/changes-feed";
import { scopedDiff } from "../feeds/changes-scope";
import type { StandDiff } from "../changes/diff";
import { publicBaseUrl } from "../http/base-url";
import { buildId } from "../http/build-id";
import { cachedResponse, strongEtag, textError } from "../http/conditional";
import { parseQuery } from "../params/query";
import { metadataVersion, staendeVersion } from "../store/input-version";
import { getDataset, getMetadata } from "../store/repository";
import { feedDataError } from "./feed-common";

/** Shape a table, not the selection: dropped before parsing, so they cannot fail the feed. */
export const IGNORED_FEED_PARAMS = ["page", "size", "sort", "cols", "col", "chart", "stand"];

export async function changesFeedResponse(request: Request): Promise<Response> {
  const params = new URLSearchParams(new URL(request.url).searchParams);
  for (const name of IGNORED_FEED_PARAMS) params.delete(name);
  const base = publicBaseUrl(request.headers, request.url);
  try {
    const [{ staende, version }, meta] = await Promise.all([staendeVersion(), metadataVersion()]);
    const { query, problems } = parseQuery(params, { staende });
    if (problems.length > 0) return textError(problems.map((p) => p.message).join(" "), 400);
    const shown = staende.slice(-(MAX_CHANGE_ENTRIES + 1));
    const etag = strongEtag([
      "aenderungen.atom",
      buildId(),
      base.url,
      selectionKey(query),
      ...version.parts,
      ...meta.parts,
    ]);
    return await cachedResponse(request, {
      validators: { etag, lastModifiedMs: Math.max(version.lastModifiedMs, meta.lastModifiedMs) },
      contentType: ATOM_CONTENT_TYPE,
      varyOnHost: base.fromRequest,
      build: async () => {
        const diffs: StandDiff[] = [];
        // Newest first; one pair at a time, so at most two Stände are needed at once.
        for (let i = shown.length - 1; i >= 1; i--) {
          const [from, to] = await Promise.all([getDataset(shown[i - 1]), getDataset(shown[i])]);
          diffs.push(scopedDiff(from, to, query));
        }
        const metadata = await getMetadata();
        return atomXml(changesFeed({ diffs, query, metadata, baseUrl: base.url, newest: staende[staende.length - 1] }));
      },
    });
  } catch (error) {
    return feedDataError(error);
  }
}
