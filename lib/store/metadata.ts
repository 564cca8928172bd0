/**
 * DATA_DIR/metadata.json: who publishes the overview, where reuse interest goes, and whether
 * the data is a sample. Validated with zod where it enters.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "../zod";
import { DataSourceError, fileErrorReason } from "./errors";

export const metadataSchema = z.object({
  title: z.string().trim().min(1).default("OZG-Nachnutzungsübersicht Sachsen-Anhalt"),
  publisher: z.string().trim().min(1, { error: "„publisher“ darf nicht leer sein." }),
  contactEmail: z.email({ error: "„contactEmail“ muss eine gültige E-Mail-Adresse sein." }),
  sampleData: z.boolean({ error: "„sampleData“ muss true oder false sein." }),
  /** Shown on every page when sampleData is true. */
  sampleNotice: z.string().trim().optional(),
  /** Licence of the data set, shown on /daten and in the DCAT metadata. */
  license: z
    .object({
      name: z.string().trim().min(1, { error: "„license.name“ darf nicht leer sein." }),
      url: z.url({ protocol: /^https?$/, error: "„license.url“ muss eine http(s)-Adresse sein." }),
    })
    .optional(),
  /** The publisher's ID at GovData (http://dcat-ap.de/def/contributors/…), assigned by GovData. */
  dcatContributorId: z
    .url({ error: "„dcatContributorId“ muss eine Adresse aus http://dcat-ap.de/def/contributors/ sein." })
    .refine((v) => v.startsWith("http://dcat-ap.de/def/contributors/"), {
      error: "„dcatContributorId“ muss eine Adresse aus http://dcat-ap.de/def/contributors/ sein.",
    })
    .optional(),
});

export type Metadata = z.infer<typeof metadataSchema>;

export const METADATA_FILE = "metadata.json";

export async function readMetadata(root: string): Promise<Metadata> {
  const file = path.join(/*turbopackIgnore: true*/ root, METADATA_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    // The reason, not the path: the message reaches pages and the API.
    throw new DataSourceError(`Die Metadaten-Datei ${METADATA_FILE} im Datenordner (DATA_DIR) ${fileErrorReason(error)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataSourceError(`${METADATA_FILE} ist kein gültiges JSON: ${(e as Error).message}`);
  }
  const parsed = metadataSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".") || "(Datei)"}: ${i.message}`).join("; ");
    throw new DataSourceError(`${METADATA_FILE} ist ungültig – ${details}`);
  }
  return parsed.data;
}
