/**
 * The SHA-256 of a published Stand's file, computed by streaming (no long stall of the request
 * thread) and remembered per file identity (modification time and size): a replaced or edited
 * file is hashed again, an unchanged one never.
 */
import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { processShared } from "../process-shared";

interface Known {
  mtimeMs: number;
  size: number;
  sha256: Promise<string>;
}

const known = processShared("file-sha", () => new Map<string, Known>());

export function sha256OfStream(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(/*turbopackIgnore: true*/ file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** The file's SHA-256 (hex) and identity; throws the file system's error when it cannot be read. */
export async function fileSha256(file: string): Promise<{ sha256: string; mtimeMs: number; size: number }> {
  const info = await stat(/*turbopackIgnore: true*/ file);
  const cached = known.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return { sha256: await cached.sha256, mtimeMs: info.mtimeMs, size: info.size };
  const sha256 = sha256OfStream(file);
  known.set(file, { mtimeMs: info.mtimeMs, size: info.size, sha256 });
  sha256.catch(() => known.get(file)?.sha256 === sha256 && known.delete(file));
  return { sha256: await sha256, mtimeMs: info.mtimeMs, size: info.size };
}
