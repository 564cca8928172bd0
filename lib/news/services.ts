/** The services a news item names, with their names from the newest Stand. Server only. */
import "server-only";
import { DataSourceError } from "../store/errors";
import { getDataset, listStaende } from "../store/repository";
import { rowAt, rowIndexOf } from "../dataset/rows";

export interface NamedService {
  ozgId: string;
  /** The Leistung in the newest Stand, or null when that Stand does not list the OZG-ID. */
  leistung: string | null;
}

export interface NamedServices {
  services: NamedService[];
  /** The Stand the names come from, or null when no Stand could be read. */
  stand: string | null;
}

/** Names for the OZG-IDs; a broken data folder leaves the names empty rather than failing the page. */
export async function namedServices(ozgIds: readonly string[]): Promise<NamedServices> {
  if (ozgIds.length === 0) return { services: [], stand: null };
  try {
    const staende = await listStaende();
    const stand = staende[staende.length - 1];
    const dataset = await getDataset(stand);
    const services = ozgIds.map((ozgId) => {
      const index = rowIndexOf(dataset, ozgId);
      return { ozgId, leistung: index === undefined ? null : rowAt(dataset, index).leistung };
    });
    return { services, stand };
  } catch (error) {
    if (!(error instanceof DataSourceError)) throw error;
    return { services: ozgIds.map((ozgId) => ({ ozgId, leistung: null })), stand: null };
  }
}
