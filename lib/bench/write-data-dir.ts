/** Writes a generated data folder (metadata + one Stand) that DATA_DIR can point at. */
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { csvChunks } from "../csv/write";
import type { Leistung } from "../leistung";
import { FIELD_IDS } from "../vocabulary";

export async function writeGeneratedDataDir(out: string, stand: string, rows: Iterable<Leistung>, count: number) {
  await mkdir(path.join(out, "uebersicht"), { recursive: true });
  await writeFile(
    path.join(out, "metadata.json"),
    JSON.stringify(
      {
        publisher: "Ministerium für Infrastruktur und Digitales des Landes Sachsen-Anhalt",
        contactEmail: "ozg@sachsen-anhalt.de",
        sampleData: true,
        sampleNotice: `Erzeugte Testdaten (${count.toLocaleString("de-DE")} Zeilen) für Last- und Geschwindigkeitsmessungen.`,
      },
      null,
      2,
    ),
  );
  const stream = createWriteStream(path.join(out, "uebersicht", `${stand}.csv`));
  for (const chunk of csvChunks(rows, FIELD_IDS)) {
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

