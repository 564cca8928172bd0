/** What /daten shows: the published Stände (newest first) with their downloads, and the metadata. Server only. */
import "server-only";
import { type Download, standDownloads } from "../opendata/downloads";
import type { Metadata } from "../store/metadata";
import { getDataset, getMetadata, listStaende } from "../store/repository";

export interface StandDownloads {
  stand: string;
  downloads: Download[];
}

export interface OpenDataView {
  metadata: Metadata;
  /** Newest first. */
  staende: StandDownloads[];
  /** Services in the newest Stand (the one the dashboard has loaded anyway; older Stände are not read for this page). */
  newestRows: number;
}

export async function loadOpenDataView(): Promise<OpenDataView> {
  const [staende, metadata] = await Promise.all([listStaende(), getMetadata()]);
  const newestFirst = [...staende].reverse();
  const newest = await getDataset(newestFirst[0]);
  return { metadata, staende: newestFirst.map((stand) => ({ stand, downloads: standDownloads(stand) })), newestRows: newest.rowCount };
}
