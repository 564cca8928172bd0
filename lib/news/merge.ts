/**
 * The news of the data folder's files and the ones written in the browser, as one collection:
 * the same items everywhere (lists, the aside, feeds, calendar, deadlines), sorted together.
 * A slug is one address: staff cannot create a browser item under a file's slug, but a file
 * added later may take one; then the file wins (it is what the server's operators wrote) and
 * the clash is reported like a broken file, so that staff see it.
 */
import type { NewsItem, NewsProblem } from "./schema";
import { NEWS_FOLDER } from "./schema";
import { newestFirst } from "./timeline";

export interface MergedNews {
  items: NewsItem[];
  problems: NewsProblem[];
}

export function mergeNews(files: MergedNews, dbItems: readonly NewsItem[]): MergedNews {
  if (dbItems.length === 0) return files;
  // A broken file still owns its address: its page shows its problems, not another item.
  const taken = new Set([...files.items.map((i) => i.slug), ...files.problems.map((p) => p.file)]);
  const extra: NewsItem[] = [];
  const clashes: NewsProblem[] = [];
  for (const item of dbItems) {
    const file = `${NEWS_FOLDER}/${item.slug}.md`;
    if (taken.has(item.slug) || taken.has(file)) {
      clashes.push({
        file,
        message: `${file}: Unter der Adresse „${item.slug}“ gibt es auch einen in der Verwaltung geschriebenen Beitrag; gezeigt wird die Datei. Bitte benennen Sie die Datei um oder nehmen Sie den Beitrag in der Verwaltung zurück.`,
      });
    } else extra.push(item);
  }
  return { items: newestFirst([...files.items, ...extra]), problems: [...files.problems, ...clashes] };
}
