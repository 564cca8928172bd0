/**
 * What the cached public pages depend on (lib/http/page-cache.ts), as one text: the published
 * Stände and their files, metadata.json, the news (files and published browser-written items),
 * the changes this process has seen (every record entry, every notification of another
 * instance), the date in Berlin (deadlines, "upcoming") and the data folder. Cheap: file
 * identities and in-memory values, nothing is read or parsed; a failing part gives a text of its own.
 */
import { berlinToday } from "../berlin-time";
import { dataChangeCount } from "../data-changes";
import { newsVersion } from "../news/store";
import { dataDir } from "../store/data-dir";
import { metadataVersion, staendeVersion } from "../store/input-version";

export async function publicPageVersion(root: string = dataDir()): Promise<string> {
  const failed = (part: string) => (error: unknown) => `${part} fehlerhaft: ${(error as Error).message}`;
  const [staende, metadata, news] = await Promise.all([
    staendeVersion(root).then((v) => v.version.parts.join("\n"), failed("Stände")),
    metadataVersion(root).then((v) => v.parts.join("\n"), failed("Metadaten")),
    newsVersion(root).then((v) => v.signature, failed("Aktuelles")),
  ]);
  return [`datenordner ${root}`, staende, metadata, news, `änderungen ${dataChangeCount()}`, `tag ${berlinToday()}`].join("\n");
}
