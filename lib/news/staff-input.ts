/**
 * A news item as staff enter it in the browser form (/verwaltung/aktuelles): the same fields and
 * the same rules as a file's front matter (newsFrontMatterSchema), plus the Markdown text and the
 * item's address (slug). Messages are German and name what to do; each belongs to one field, so
 * the form shows it beside the field and in the summary at its top.
 */
import { z } from "../zod";
import type { NewsItemFields } from "./db-items";
import { NEWS_CATEGORIES, newsFrontMatterSchema } from "./schema";

export const NEWS_FORM_FIELDS = ["title", "shortTitle", "summary", "category", "date", "endDate", "deadline", "location", "ozgIds", "body", "slug"] as const;
export type NewsFormField = (typeof NEWS_FORM_FIELDS)[number];
export type NewsFormValues = Partial<Record<NewsFormField, string>>;
export type NewsFormErrors = Partial<Record<NewsFormField | "form", string>>;

/** The labels of the form, also used in the error summary. */
export const NEWS_FORM_LABELS: Record<NewsFormField, string> = {
  title: "Titel",
  shortTitle: "Kurztitel",
  summary: "Zusammenfassung",
  category: "Kategorie",
  date: "Datum",
  endDate: "Ende",
  deadline: "Frist",
  location: "Ort",
  ozgIds: "OZG-IDs",
  body: "Text",
  slug: "Kurzname",
};

/** Lengths beyond which a field is surely a mistake (a pasted document, not a headline). */
export const NEWS_LIMITS = { title: 200, shortTitle: 80, summary: 600, location: 300, body: 50_000, slug: 80, ozgIds: 100 } as const;

/** Addresses under /verwaltung/aktuelles/ that are pages, not items. */
const RESERVED_SLUGS = new Set(["neu"]);

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What to ask for when a required field is empty. */
const ASK: Partial<Record<NewsFormField, string>> = {
  title: "Bitte einen Titel angeben.",
  date: "Bitte das Datum angeben (JJJJ-MM-TT).",
  category: `Bitte eine Kategorie wählen (${NEWS_CATEGORIES.join(", ")}).`,
  deadline: "Bitte eine Frist angeben.",
};

export function newsFormValues(form: { get(name: string): unknown }): NewsFormValues {
  const values: NewsFormValues = {};
  for (const field of NEWS_FORM_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

/** A slug from a title: „Digitale Einbürgerung: Frist!“ → „digitale-einbuergerung-frist“. */
export function slugFromTitle(title: string): string {
  const spelled = title
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = spelled.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= NEWS_LIMITS.slug) return slug;
  // Cut at a word boundary so the address stays readable.
  const cut = slug.slice(0, NEWS_LIMITS.slug + 1);
  return (cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, NEWS_LIMITS.slug)).replace(/-+$/g, "");
}

/** OZG-IDs as typed: separated by commas, semicolons, spaces or lines. */
export function splitOzgIds(raw: string): string[] {
  return raw.split(/[\s,;]+/).filter(Boolean);
}

export type CheckedNews = { ok: true; value: NewsItemFields & { slug: string } } | { ok: false; errors: NewsFormErrors };

const length = (value: string | undefined) => [...(value ?? "").trim()].length;

/**
 * Checks the form. `fixedSlug`: the address of the item being edited (it never changes; the
 * form's slug field is then ignored).
 */
export function checkNewsForm(values: NewsFormValues, fixedSlug: string | null = null): CheckedNews {
  const errors: NewsFormErrors = {};
  const add = (field: NewsFormField, message: string) => {
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  };
  const ozgIds = splitOzgIds(values.ozgIds ?? "");
  const parsed = newsFrontMatterSchema.safeParse({
    title: values.title ?? "",
    shortTitle: values.shortTitle,
    summary: values.summary,
    category: values.category ?? "",
    date: values.date ?? "",
    endDate: values.endDate,
    deadline: values.deadline,
    location: values.location,
    ozgIds,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "") as NewsFormField;
      if (!NEWS_FORM_FIELDS.includes(field)) {
        add("title", issue.message);
        continue;
      }
      // The schema's "Pflichtangabe fehlt." speaks to a file's author; the form says what to enter.
      const missing = issue.message.startsWith("Pflichtangabe fehlt.");
      const ask = ASK[field];
      add(field, missing && ask ? `${ask}${issue.message.slice("Pflichtangabe fehlt.".length).replace(/ Erlaubt: .*$/, "")}` : issue.message);
    }
  }
  for (const field of ["title", "shortTitle", "summary", "location"] as const) {
    if (length(values[field]) > NEWS_LIMITS[field]) add(field, `Höchstens ${NEWS_LIMITS[field]} Zeichen (jetzt ${length(values[field])}).`);
  }
  if (ozgIds.length > NEWS_LIMITS.ozgIds) add("ozgIds", `Höchstens ${NEWS_LIMITS.ozgIds} OZG-IDs je Beitrag.`);

  // Browsers send a textarea's lines with CRLF; the text is stored as the files have it.
  const body = (values.body ?? "").replace(/\r\n?/g, "\n").trim();
  if (body === "") add("body", "Bitte den Text des Beitrags angeben (Markdown).");
  else if (body.length > NEWS_LIMITS.body) add("body", `Höchstens ${NEWS_LIMITS.body.toLocaleString("de-DE")} Zeichen (jetzt ${body.length.toLocaleString("de-DE")}).`);

  let slug = fixedSlug ?? "";
  if (fixedSlug === null) {
    const typed = (values.slug ?? "").trim();
    slug = typed === "" ? slugFromTitle(values.title ?? "") : typed;
    if (typed === "" && slug === "") {
      if (!errors.title) add("slug", "Aus dem Titel lässt sich kein Kurzname bilden. Bitte einen angeben: Kleinbuchstaben a–z, Ziffern und Bindestriche.");
    } else if (!SLUG_RE.test(slug)) {
      add("slug", `„${typed}“ geht nicht als Kurzname: erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (keine Umlaute, keine Leerzeichen), z. B. „digitale-einbuergerung“.`);
    } else if (slug.length > NEWS_LIMITS.slug) {
      add("slug", `Höchstens ${NEWS_LIMITS.slug} Zeichen.`);
    } else if (RESERVED_SLUGS.has(slug)) {
      add("slug", `„${slug}“ ist als Kurzname nicht möglich. Bitte einen anderen wählen.`);
    }
  }

  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const data: z.output<typeof newsFrontMatterSchema> = parsed.data;
  const value: NewsItemFields & { slug: string } = {
    slug,
    title: data.title,
    category: data.category,
    date: data.date,
    ozgIds: data.ozgIds,
    body,
  };
  for (const key of ["shortTitle", "summary", "endDate", "deadline", "location"] as const) {
    if (data[key] !== undefined) value[key] = data[key];
  }
  return { ok: true, value };
}

/** The form's values of a stored item (for editing). */
export function valuesOf(item: NewsItemFields & { slug: string }): NewsFormValues {
  return {
    title: item.title,
    shortTitle: item.shortTitle ?? "",
    summary: item.summary ?? "",
    category: item.category,
    date: item.date,
    endDate: item.endDate ?? "",
    deadline: item.deadline ?? "",
    location: item.location ?? "",
    ozgIds: item.ozgIds.join(", "),
    body: item.body,
    slug: item.slug,
  };
}
