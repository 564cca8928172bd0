/**
 * What the staff forms of news do (app/verwaltung/aktuelles/actions.ts): preview, save as draft,
 * save and publish, unpublish. Each checks that the request came from this site (Origin,
 * Sec-Fetch-Site), the session and the role, and the input; then writes (every change is on
 * record, lib/news/db-items.ts) and makes public pages read the change at once in this process
 * (other instances within 5 seconds, lib/news/db-news.ts).
 */
import "server-only";
import type { Db } from "../db/schema";
import type { HeaderSource } from "../http/base-url";
import { crossSiteProblem } from "../staff/origin";
import { type StaffAccess, staffAccessFor } from "../staff/session";
import { getDataset, listStaende } from "../store/repository";
import { rowIndexOf } from "../dataset/rows";
import { dataDir } from "../store/data-dir";
import { NewsItemError, createNewsItem, getNewsItem, setNewsItemPublished, updateNewsItem, type NewsItemFields } from "./db-items";
import { invalidatePublishedNews } from "./db-news";
import { NEWS_FOLDER, type NewsCategory, type NewsItem } from "./schema";
import { type NewsFormErrors, type NewsFormValues, checkNewsForm, newsFormValues } from "./staff-input";
import { getFileNews } from "./store";

type FormLike = { get(name: string): unknown };

export const SIGNED_OUT_MESSAGE = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; Ihre Eingaben bleiben hier stehen.";

export type NewsIntent = "vorschau" | "speichern" | "veroeffentlichen";

export interface NewsFormState {
  values: NewsFormValues;
  errors: NewsFormErrors;
  /** The item as it would appear (intent „vorschau“), not saved. */
  preview?: NewsItem;
  /** OZG-IDs the newest Stand does not list: a warning, not a refusal (a later Stand may add them). */
  unknownOzgIds?: string[];
  /** Set when saved: the item's address and whether it is public now. */
  done?: { slug: string; published: boolean };
}

/** The signed-in caller of a form (redaktion or admin), or the message why not. */
async function caller(headers: HeaderSource): Promise<{ ok: true; access: Extract<StaffAccess, { ok: true }> } | { ok: false; message: string }> {
  const crossSite = crossSiteProblem(headers);
  if (crossSite) return { ok: false, message: crossSite };
  const access = await staffAccessFor(["redaktion", "admin"]);
  if (!access.ok) return { ok: false, message: access.kind === "signed-out" ? SIGNED_OUT_MESSAGE : access.reason };
  return { ok: true, access };
}

export function intentOf(form: FormLike): NewsIntent {
  const intent = form.get("intent");
  return intent === "vorschau" || intent === "veroeffentlichen" ? intent : "speichern";
}

/** The OZG-IDs of `ozgIds` that the newest Stand does not have (none when no Stand can be read). */
export async function unknownInNewestStand(ozgIds: readonly string[]): Promise<string[]> {
  if (ozgIds.length === 0) return [];
  try {
    const staende = await listStaende();
    const dataset = await getDataset(staende[staende.length - 1]);
    return ozgIds.filter((id) => rowIndexOf(dataset, id) === undefined);
  } catch {
    return [];
  }
}

/** The item as a page shows it, from checked fields. */
export function previewItem(value: NewsItemFields & { slug: string }): NewsItem {
  return { ...value, category: value.category as NewsCategory, file: `${NEWS_FOLDER}/${value.slug}` };
}

/** Is `slug` the address of a file in DATA_DIR/aktuelles/ (valid or broken)? */
export async function fileItemAt(slug: string, root: string = dataDir()): Promise<boolean> {
  const files = await getFileNews(root);
  return files.items.some((i) => i.slug === slug) || files.problems.some((p) => p.file === `${NEWS_FOLDER}/${slug}.md`);
}

export type StoreOutcome = { ok: true; slug: string; published: boolean } | { ok: false; errors: NewsFormErrors };

/**
 * Creates (`editing` null) or changes an item and, with `publish`, publishes it. Changing a
 * published item keeps it published. The caller checked session and input.
 */
export async function storeNews(
  db: Db,
  input: { actor: string; value: NewsItemFields & { slug: string }; publish: boolean; editing: string | null; root?: string },
): Promise<StoreOutcome> {
  const { actor, value, publish, editing } = input;
  try {
    if (editing === null) {
      if (await fileItemAt(value.slug, input.root)) {
        return {
          ok: false,
          errors: {
            slug: `Unter der Adresse „${value.slug}“ gibt es schon einen Beitrag als Datei im Datenordner (${NEWS_FOLDER}/${value.slug}.md). Bitte wählen Sie einen anderen Kurznamen.`,
          },
        };
      }
      await createNewsItem(db, { ...value, actor });
    } else {
      await updateNewsItem(db, { ...value, slug: editing, actor });
    }
    const saved = publish ? await setNewsItemPublished(db, { slug: value.slug, published: true, actor }) : await getNewsItem(db, value.slug);
    return { ok: true, slug: value.slug, published: saved?.published ?? false };
  } catch (error) {
    if (error instanceof NewsItemError) return { ok: false, errors: error.code === "exists" ? { slug: error.message } : { form: error.message } };
    throw error;
  } finally {
    invalidatePublishedNews();
  }
}

/** The form of a new item (`editing` null) or of the item `editing`. */
export async function newsFromForm(form: FormLike, headers: HeaderSource, editing: string | null): Promise<NewsFormState> {
  const values = newsFormValues(form);
  const who = await caller(headers);
  if (!who.ok) return { values, errors: { form: who.message } };
  if (editing !== null && !(await getNewsItem(who.access.db, editing))) return { values, errors: { form: `Es gibt keinen Beitrag „${editing}“ mehr.` } };
  const checked = checkNewsForm(values, editing);
  if (!checked.ok) return { values, errors: checked.errors };
  const unknownOzgIds = await unknownInNewestStand(checked.value.ozgIds);
  const intent = intentOf(form);
  if (intent === "vorschau") return { values, errors: {}, preview: previewItem(checked.value), unknownOzgIds };
  const outcome = await storeNews(who.access.db, { actor: who.access.account.email, value: checked.value, publish: intent === "veroeffentlichen", editing });
  if (!outcome.ok) return { values, errors: outcome.errors, unknownOzgIds };
  return { values, errors: {}, unknownOzgIds, done: { slug: outcome.slug, published: outcome.published } };
}

/** Publishes (true) or unpublishes (false) the item named by the form's `slug`. */
export async function publishFromForm(form: FormLike, headers: HeaderSource, published: boolean): Promise<{ ok: true; slug: string } | { ok: false; message: string }> {
  const slug = typeof form.get("slug") === "string" ? (form.get("slug") as string) : "";
  const who = await caller(headers);
  if (!who.ok) return { ok: false, message: who.message };
  try {
    await setNewsItemPublished(who.access.db, { slug, published, actor: who.access.account.email });
  } catch (error) {
    if (error instanceof NewsItemError) return { ok: false, message: error.message };
    throw error;
  } finally {
    invalidatePublishedNews();
  }
  return { ok: true, slug };
}
