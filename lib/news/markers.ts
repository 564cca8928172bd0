/** A small link shown in a table row, e.g. to a news item that names the service. */
export interface RowMarker {
  href: string;
  label: string;
}

/** Markers per OZG-ID for the given rows (issue "News"): none until the news land. */
export async function rowMarkers(_ozgIds: readonly string[]): Promise<Record<string, RowMarker[]>> {
  return {};
}
