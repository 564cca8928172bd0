/**
 * The identity of the running build: part of every ETag, so a deployment that changes how a
 * feed is written also changes its ETag (clients then fetch it once again).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function buildId(): string {
  if (cached === undefined) {
    try {
      cached = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "BUILD_ID"), "utf8").trim() || "development";
    } catch {
      cached = "development";
    }
  }
  return cached;
}
