/**
 * Test helper: the sample's news read straight from data/aktuelles/*.md with a few regular
 * expressions, independent of the app's front matter parser, so tests compare the feeds with
 * the files themselves.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SAMPLE_DIR = "data";

export interface SampleNews {
  slug: string;
  fields: Record<string, string>;
  ozgIds: string[];
}

function unquote(value: string): string {
  const v = value.trim();
  return /^".*"$/.test(v) || /^'.*'$/.test(v) ? v.slice(1, -1) : v;
}

export function sampleNews(dir: string = path.join(SAMPLE_DIR, "aktuelles")): SampleNews[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".md"))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), "utf8");
      const front = text.split("---")[1];
      const fields: Record<string, string> = {};
      for (const line of front.split("\n")) {
        const m = /^(\w+):\s*(.*)$/.exec(line);
        if (m) fields[m[1]] = unquote(m[2]);
      }
      const ids = fields.ozgIds ? fields.ozgIds.replace(/[[\]]/g, "").split(",").map((s) => s.trim()).filter(Boolean) : [];
      return { slug: name.replace(/\.md$/, ""), fields, ozgIds: ids };
    });
}
