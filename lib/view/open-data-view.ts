/** What /daten shows: the published Stände (newest first) with their downloads, and the metadata. Server only. */
import { type Download, standDownloads } from "../opendata/downloads";
import type { Metadata } from "../store/metadata";
import { getDataset, getMetadata, listStaende } from "../store/repository";

export interface StandDownloads {
  stand: string;
  /** Services in the Stand (from the Dataset; read once per Stand and kept in memory). */
  rows: number;
  downloads: Download[];
}

export interface OpenDataView {
  metadata: Metadata;
  /** Newest first. */
  staende: StandDownloads[];
}

export async function loadOpenDataView(): Promise<OpenDataView> {
  const [staende, metadata] = await Promise.all([listStaende(), getMetadata()]);
  const newestFirst = [...staende].reverse();
  const rows = await Promise.all(newestFirst.map(async (stand) => (await getDataset(stand)).rows.length));
  return { metadata, staende: newestFirst.map((stand, i) => ({ stand, rows: rows[i], downloads: standDownloads(stand) })) };
}
