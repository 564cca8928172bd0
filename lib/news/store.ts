/**
 * The news: the items of DATA_DIR/aktuelles/ and the published items written in the browser
 * (lib/news/db-news.ts, held in memory and re-read at most every 5 seconds), merged
 * (lib/news/merge.ts). Every public page, feed and calendar reads them through getNews.
 *
 * The files are read once and kept in memory until a file in the folder is added, removed or
 * changed (names, sizes and modification times are compared on every call – calls at the same
 * time share one listing; reading a dozen directory entries is cheap, parsing them again is not
 * needed).
 *
 * A broken file never takes the rest down: valid items are returned, each broken file as
 * problems naming the file and the field. A missing folder simply means no news.
 */
import "server-only";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../store/data-dir";
import { getPublishedDbNews } from "./db-news";
import { mergeNews } from "./merge";
import { NEWS_FOLDER, type NewsItem, type NewsProblem, parseNewsFile } from "./schema";
import { newestFirst } from "./timeline";

export interface NewsCollection {
  /** Valid items, newest first. */
  items: NewsItem[];
  /** Problems of the files that could not be read, in file name order. */
  problems: NewsProblem[];
}

export function newsDir(root: string = dataDir()): string {
  return path.join(/*turbopackIgnore: true*/ root, NEWS_FOLDER);
}

interface FileEntry {
  name: string;
  mtimeMs: number;
  size: number;
}

let cache: { dir: string; signature: string; value: Promise<NewsCollection> } | undefined;

/** Listings under way, per folder: callers that arrive meanwhile share one (see listFiles). */
const listing = new Map<string, Promise<FileEntry[] | "missing">>();

/**
 * The folder's Markdown files. A page asks several times while it renders (the news beside the
 * table, the markers in its rows, the deadlines) and concurrent requests ask too; each listing
 * is a readdir and a stat per file, so calls that arrive while one is under way share it.
 */
function listFiles(dir: string): Promise<FileEntry[] | "missing"> {
  const running = listing.get(dir);
  if (running) return running;
  const started = readListing(dir).finally(() => listing.delete(dir));
  listing.set(dir, started);
  return started;
}

/** Markdown files of the folder; dot files (editor backups, .DS_Store) are not news. */
async function readListing(dir: string): Promise<FileEntry[] | "missing"> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  const files = names.filter((n) => n.toLowerCase().endsWith(".md") && !n.startsWith(".")).sort();
  const entries = await Promise.all(
    files.map(async (name) => {
      const info = await stat(path.join(/*turbopackIgnore: true*/ dir, name)).catch(() => null);
      return info?.isFile() ? { name, mtimeMs: info.mtimeMs, size: info.size } : null;
    }),
  );
  return entries.filter((e): e is FileEntry => e !== null);
}

function signatureOf(files: readonly FileEntry[]): string {
  return files.map((f) => `${f.name}\u0000${f.mtimeMs}\u0000${f.size}`).join("\n");
}

async function readAll(dir: string, files: FileEntry[]): Promise<NewsCollection> {
  const items: NewsItem[] = [];
  const problems: NewsProblem[] = [];
  for (const { name, mtimeMs } of files) {
    let content: string;
    try {
      content = await readFile(path.join(/*turbopackIgnore: true*/ dir, name), "utf8");
    } catch {
      problems.push({ file: `${NEWS_FOLDER}/${name}`, message: `${NEWS_FOLDER}/${name}: Die Datei ist nicht lesbar.` });
      continue;
    }
    const parsed = parseNewsFile(name, content);
    if (parsed.ok) items.push({ ...parsed.item, modifiedMs: mtimeMs });
    else problems.push(...parsed.problems);
  }
  return { items: newestFirst(items), problems };
}

let merged: { files: NewsCollection; db: object; value: NewsCollection } | undefined;

/** All news: the files' and the published browser-written items, and the problems of broken files. Never throws. */
export async function getNews(root: string = dataDir()): Promise<NewsCollection> {
  const [files, db] = await Promise.all([getFileNews(root), getPublishedDbNews(root)]);
  if (db.items.length === 0) return files;
  // The same object while neither side changed (both are cached): callers may rely on it.
  if (merged && merged.files === files && merged.db === db) return merged.value;
  const value = mergeNews(files, db.items);
  merged = { files, db, value };
  return value;
}

/** The news of the data folder's files only (valid items and the problems of broken files). Never throws. */
export async function getFileNews(root: string = dataDir()): Promise<NewsCollection> {
  const dir = newsDir(root);
  let files: FileEntry[] | "missing";
  try {
    files = await listFiles(dir);
  } catch {
    return { items: [], problems: [{ file: `${NEWS_FOLDER}/`, message: `Der Ordner ${NEWS_FOLDER}/ im Datenordner ist nicht lesbar.` }] };
  }
  if (files === "missing") return { items: [], problems: [] };
  const signature = signatureOf(files);
  if (cache && cache.dir === dir && cache.signature === signature) return cache.value;
  const value = readAll(dir, files);
  cache = { dir, signature, value };
  return value;
}

/** What the news depend on, without reading them: for ETags and Last-Modified of feeds and calendars. */
export interface NewsVersion {
  /** File names, sizes and modification times and the browser-written items' version; equal signatures mean equal news. */
  signature: string;
  /** Newest modification time of the files and the folder (a deletion changes the folder) and of the published browser-written items, ms. */
  lastModifiedMs: number;
}

export async function newsVersion(root: string = dataDir()): Promise<NewsVersion> {
  const dir = newsDir(root);
  const [files, folder, db] = await Promise.all([listFiles(dir).catch(() => "unreadable" as const), stat(dir).catch(() => null), getPublishedDbNews(root)]);
  const dbPart = db.items.length === 0 ? "" : `\ndatenbank ${db.version}`;
  if (typeof files === "string") return { signature: files + dbPart, lastModifiedMs: Math.max(folder?.mtimeMs ?? 0, db.lastModifiedMs) };
  return {
    signature: signatureOf(files) + dbPart,
    lastModifiedMs: Math.max(folder?.mtimeMs ?? 0, db.lastModifiedMs, ...files.map((f) => f.mtimeMs)),
  };
}

/** One item by its slug, or null. */
export async function getNewsItem(slug: string, root?: string): Promise<NewsItem | null> {
  const { items } = await getNews(root);
  return items.find((i) => i.slug === slug) ?? null;
}
