/**
 * The publishing page of the staff area (/verwaltung): the upload form, or the review of a draft
 * (its report, its changes against the current Stand, filterable) with the publish form.
 */
import "server-only";
import { berlinToday } from "../berlin-time";
import type { StandDiff } from "../changes/diff";
import { type DiffFilter, filterDiff, isFiltered, parseDiffFilter } from "../changes/filter";
import type { Db } from "../db/schema";
import type { UploadCheck } from "../overview/upload-report";
import { type Draft, getDraft } from "../store/drafts";
import type { PreparedStand } from "../store/prepare";
import { type ChangeCounts, currentStand, prepareUpload } from "../store/release";
import { standStates } from "../store/repository";
import { isIsoDate } from "../iso-date";
import { processShared } from "../process-shared";

export interface DraftReview {
  draft: Omit<Draft, "bytes">;
  check: Extract<UploadCheck, { ok: true }>;
  against: string | null;
  counts: ChangeCounts;
  /** The changes as filtered; null when there is no current Stand to compare with. */
  diff: StandDiff | null;
  filter: DiffFilter;
  filtered: boolean;
}

export interface PublishView {
  /** The Stand date suggested (the one chosen at upload, else today). */
  stand: string;
  /** Dates that are taken (published, withdrawn, or a file in the data folder). */
  taken: string[];
  current: string | null;
  review: DraftReview | null;
  /** An `entwurf` was asked for that is gone. */
  draftMissing: boolean;
}

// A draft is prepared again for each view of its review; the last few are kept.
const prepared = processShared("prepared-drafts", () => new Map<string, Promise<PreparedStand | "busy">>());
const KEPT_DRAFTS = 4;

function preparedDraft(draft: Draft, stand: string, current: string | null): Promise<PreparedStand | "busy"> {
  // The current Stand is part of the key: once another Stand is published, the changes differ.
  const key = `${draft.id}:${stand}:${current}`;
  let entry = prepared.get(key);
  if (!entry) {
    entry = prepareUpload(draft.fileName, draft.bytes, stand, undefined, "full");
    prepared.set(key, entry);
    entry.then((value) => value === "busy" && prepared.delete(key), () => prepared.delete(key));
    while (prepared.size > KEPT_DRAFTS) prepared.delete(prepared.keys().next().value!);
  }
  return entry;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function loadPublishView(db: Db, search: Record<string, string | string[] | undefined>): Promise<PublishView> {
  const askedStand = first(search.stand);
  const stand = askedStand && isIsoDate(askedStand) ? askedStand : berlinToday();
  const taken = (await standStates().catch(() => [])).map((s) => s.stand);
  const current = await currentStand();
  const id = first(search.entwurf);
  if (!id) return { stand, taken, current, review: null, draftMissing: false };
  const draft = await getDraft(db, id);
  if (!draft) return { stand, taken, current, review: null, draftMissing: true };
  const ready = await preparedDraft(draft, stand, current);
  if (ready === "busy" || !ready.publishable || !ready.check.ok) return { stand, taken, current, review: null, draftMissing: true };
  const { diff: full, changes, against } = ready.publishable;
  const filter = parseDiffFilter(search);
  const { bytes: _bytes, ...info } = draft;
  return {
    stand,
    taken,
    current,
    draftMissing: false,
    review: {
      draft: info,
      check: ready.check,
      against,
      counts: changes,
      diff: full && filterDiff(full, filter),
      filter,
      filtered: isFiltered(filter),
    },
  };
}
