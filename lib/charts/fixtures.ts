/** Test helpers: Datasets from a few hand-written CSV lines, and the shipped sample Stände. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Dataset, buildDataset } from "../dataset/dataset";
import { readOverview, readOverviewText } from "../overview/read";

export const HEADER =
  "OZG-ID;Leistung;Themenfeld;Lebenslage;Ressort;Priorität;Phase;Umsetzungsmodell;Nachnutzbar durch Kommunen;Bemerkung";

/** A Dataset from CSV lines under HEADER (or a full text with its own header line). */
export function datasetFromCsv(stand: string, lines: readonly string[], header = HEADER): Dataset {
  const result = readOverviewText([header, ...lines].join("\n"));
  if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return buildDataset(stand, result.rows);
}

/** A published sample Stand from data/uebersicht. */
export function sampleDataset(stand: "2022-09-30" | "2022-10-28"): Dataset {
  // Tests run from the project root (vitest.config.ts).
  const file = path.resolve("data", "uebersicht", `${stand}.csv`);
  const result = readOverview(readFileSync(file));
  if (result.errors.length > 0) throw new Error(`sample ${stand} is invalid`);
  return buildDataset(stand, result.rows);
}
