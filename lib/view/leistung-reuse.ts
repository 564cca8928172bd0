/**
 * The reuse part of a service's page: the call that names it (days left, or ended), how many
 * Kommunen are at which status and who reuses it, and the declaration form where a Kommune may
 * declare (reusable by Kommunen, or named in a call). Server only: reads the public snapshot.
 */
import "server-only";
import type { Leistung } from "../leistung";
import { getNews } from "../news/store";
import { newsToday } from "../news/timeline";
import { callForService } from "../reuse/call-state";
import { MAX_COMMENT_LENGTH } from "../reuse/declaration-input";
import { KREISE } from "../reuse-vocabulary/kommunen";
import { getReusePublic, serviceReuse } from "../reuse/public";
import { PATHS } from "../routes";
import type { Dataset } from "../dataset/dataset";
import { type CallModel, type ReuseStatisticsModel, callModel, statisticsModel } from "./reuse-public";
import { rowIndexOf, serviceNames } from "../dataset/rows";

export interface LeistungReuseModel {
  ozgId: string;
  leistung: string;
  /** A Kommune may declare here: the service is reusable by Kommunen, or a call names it. */
  formOffered: boolean;
  call: CallModel | null;
  statistics: ReuseStatisticsModel;
  kreise: { value: string; label: string }[];
  datenschutzHref: string;
  maxCommentLength: number;
}

export async function loadLeistungReuse(row: Pick<Leistung, "ozgId" | "leistung" | "nachnutzbarKommunen">, newest: Dataset): Promise<LeistungReuseModel> {
  const [reuse, news] = await Promise.all([getReusePublic(), getNews()]);
  const today = newsToday();
  const call = callForService(reuse.calls, row.ozgId, today);
  const names = serviceNames(newest);
  return {
    ozgId: row.ozgId,
    leistung: row.leistung,
    formOffered: (row.nachnutzbarKommunen === "ja" || call !== null) && rowIndexOf(newest, row.ozgId) !== undefined,
    call: call && callModel(call, today, news.items, names),
    statistics: statisticsModel(serviceReuse(reuse, row.ozgId)),
    kreise: KREISE.map((k) => ({ value: k.key, label: `${k.officialName}${k.kind === "kreisfreie Stadt" ? " (kreisfreie Stadt)" : ""}` })),
    datenschutzHref: PATHS.datenschutz,
    maxCommentLength: MAX_COMMENT_LENGTH,
  };
}
