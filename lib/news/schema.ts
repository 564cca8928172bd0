/**
 * A news item as staff write it: DATA_DIR/aktuelles/<slug>.md, front matter + Markdown body.
 * The front matter is validated here with zod, where it enters; problems name the file and
 * the field in German.
 */
import { isIsoDate } from "../iso-date";
import { z } from "../zod";
import { type FrontMatterValue, parseFrontMatter } from "./front-matter";

export const NEWS_CATEGORIES = ["Meldung", "Sprechstunde", "Veranstaltung", "Frist"] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

/** Categories whose `date` is the day something takes place (not the day of publication). */
export const EVENT_CATEGORIES: readonly NewsCategory[] = ["Sprechstunde", "Veranstaltung"];

/** The folder in DATA_DIR and the file names it accepts (the name is the item's URL). */
export const NEWS_FOLDER = "aktuelles";
export const NEWS_FILE_RE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export const NEWS_FIELDS = [
  "title",
  "shortTitle",
  "summary",
  "date",
  "endDate",
  "startTime",
  "endTime",
  "category",
  "deadline",
  "location",
  "ozgIds",
] as const;

const categoryList = NEWS_CATEGORIES.join(", ");

const MISSING = "Pflichtangabe fehlt.";
const NOT_A_LIST = "muss ein einzelner Wert sein, keine Liste.";

const scalarText = z.string({ error: (i) => (i.input === undefined ? MISSING : NOT_A_LIST) }).trim();

const requiredText = scalarText.min(1, { error: MISSING });

/** An empty value counts as no value. */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optionalText = z.preprocess(emptyToUndefined, scalarText.optional());

const isoDate = scalarText.refine(isIsoDate, { error: (i) => `„${String(i.input)}“ ist kein gültiges Datum (JJJJ-MM-TT).` });

const optionalIsoDate = z.preprocess(emptyToUndefined, isoDate.optional());

/** A time of day in Europe/Berlin, "09:00" (a single-digit hour "9:00" is accepted and padded). */
const optionalTime = z.preprocess(
  emptyToUndefined,
  scalarText
    .transform((raw, ctx) => {
      const m = /^(\d{1,2})[:.](\d{2})$/.exec(raw);
      if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
        ctx.addIssue({ code: "custom", message: `„${raw}“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).` });
        return z.NEVER;
      }
      return `${m[1].padStart(2, "0")}:${m[2]}`;
    })
    .optional(),
);

const category = z
  .string({ error: (i) => (i.input === undefined ? `${MISSING} Erlaubt: ${categoryList}.` : NOT_A_LIST) })
  .trim()
  .transform((raw, ctx): NewsCategory => {
    // Staff may write "frist" or "FRIST"; the canonical spelling is used everywhere else.
    const found = NEWS_CATEGORIES.find((c) => c.toLowerCase() === raw.toLowerCase());
    if (!found) {
      ctx.addIssue({
        code: "custom",
        message: raw === "" ? `${MISSING} Erlaubt: ${categoryList}.` : `„${raw}“ ist keine bekannte Kategorie. Erlaubt: ${categoryList}.`,
      });
      return z.NEVER;
    }
    return found;
  });

/** One OZG-ID or a list of them; digits only, duplicates dropped. */
const ozgIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    const list = v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v];
    const ids = list.map((id) => id.trim());
    for (const id of ids) {
      if (!/^\d+$/.test(id)) ctx.addIssue({ code: "custom", message: `„${id}“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10257).` });
    }
    return [...new Set(ids)];
  });

export const newsFrontMatterSchema = z
  .strictObject({
    title: requiredText,
    /** Shown in the table's row markers and other tight places; default: the title. */
    shortTitle: optionalText,
    /** One or two plain sentences for the list on /aktuelles. */
    summary: optionalText,
    /** Meldung/Frist: day of publication. Sprechstunde/Veranstaltung: the (first) day it takes place. */
    date: isoDate,
    /** Last day of an event lasting several days. */
    endDate: optionalIsoDate,
    /** Sprechstunde/Veranstaltung: when it begins on `date` (Europe/Berlin); without it, all day. */
    startTime: optionalTime,
    /** When it ends (on `endDate` for several days). */
    endTime: optionalTime,
    category,
    deadline: optionalIsoDate,
    location: optionalText,
    ozgIds,
  })
  .superRefine((item, ctx) => {
    // Refinements also run when a field already failed; compare only dates that are valid.
    const comparable = (d: string | undefined): d is string => d !== undefined && isIsoDate(d) && isIsoDate(item.date);
    if (!NEWS_CATEGORIES.includes(item.category)) return;
    const isEvent = EVENT_CATEGORIES.includes(item.category);
    if (item.category === "Frist" && !item.deadline) {
      ctx.addIssue({ code: "custom", path: ["deadline"], message: `${MISSING} Ein Beitrag der Kategorie „Frist“ braucht eine Frist (JJJJ-MM-TT).` });
    }
    // For Meldung and Frist, date is the day of publication: a deadline already past then is a typo.
    // For events a deadline (e.g. to register) may well lie before the event.
    if (comparable(item.deadline) && !isEvent && item.deadline < item.date) {
      ctx.addIssue({
        code: "custom",
        path: ["deadline"],
        message: `Die Frist „${item.deadline}“ liegt vor dem Datum des Beitrags „${item.date}“.`,
      });
    }
    if (item.endDate && !isEvent) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `Ein Enddatum gibt es nur bei den Kategorien ${EVENT_CATEGORIES.join(" und ")} (hier: ${item.category}).`,
      });
    } else if (comparable(item.endDate) && item.endDate < item.date) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `Das Enddatum „${item.endDate}“ liegt vor dem Beginn „${item.date}“.`,
      });
    }
    if ((item.startTime || item.endTime) && !isEvent) {
      ctx.addIssue({
        code: "custom",
        path: [item.startTime ? "startTime" : "endTime"],
        message: `Uhrzeiten gibt es nur bei den Kategorien ${EVENT_CATEGORIES.join(" und ")} (hier: ${item.category}).`,
      });
    } else if (item.endTime && !item.startTime) {
      ctx.addIssue({ code: "custom", path: ["startTime"], message: `${MISSING} Zu einer Endzeit gehört eine Beginnzeit (HH:MM).` });
    } else if (item.startTime && !item.endTime && item.endDate && item.endDate !== item.date) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: `${MISSING} Ein mehrtägiger Termin mit Beginnzeit braucht eine Endzeit (HH:MM).` });
    } else if (item.startTime && item.endTime && (!item.endDate || item.endDate === item.date) && item.endTime <= item.startTime) {
      ctx.addIssue({
        code: "custom",
        path: ["endTime"],
        message: `Die Endzeit „${item.endTime}“ liegt nicht nach der Beginnzeit „${item.startTime}“.`,
      });
    }
  });

export type NewsFrontMatter = z.output<typeof newsFrontMatterSchema>;

export interface NewsItem extends NewsFrontMatter {
  /** The file name without ".md"; the item's address is /aktuelles/<slug>. */
  slug: string;
  /** Path inside DATA_DIR, as named in problems, e.g. "aktuelles/einbuergerung.md". */
  file: string;
  /** Markdown, rendered without raw HTML. */
  body: string;
  /** Modification time of the file (ms), when read from the data folder: a calendar's DTSTAMP. */
  modifiedMs?: number;
}

export interface NewsProblem {
  /** Path inside DATA_DIR, e.g. "aktuelles/einbuergerung.md". */
  file: string;
  /** The front matter field, when the problem is about one. */
  field?: string;
  /** Complete German sentence naming the file (and the field or line). */
  message: string;
}

export type ParsedNewsFile = { ok: true; item: NewsItem } | { ok: false; problems: NewsProblem[] };

function fieldProblem(file: string, field: string, message: string): NewsProblem {
  return { file, field, message: `${file}, Feld „${field}“: ${message}` };
}

/** The slug of a news file name ("digitale-einbuergerung.md" → "digitale-einbuergerung"), or null. */
export function slugOf(fileName: string): string | null {
  return NEWS_FILE_RE.exec(fileName)?.[1] ?? null;
}

/** Parses and validates one news file. `fileName` is the bare name, e.g. "einbuergerung.md". */
export function parseNewsFile(fileName: string, content: string): ParsedNewsFile {
  const file = `${NEWS_FOLDER}/${fileName}`;
  const slug = slugOf(fileName);
  if (!slug) {
    return {
      ok: false,
      problems: [
        {
          file,
          message: `${file}: Der Dateiname ist ungültig. Erlaubt sind Kleinbuchstaben a–z, Ziffern und Bindestriche mit der Endung .md (z. B. „digitale-einbuergerung.md“), denn der Name wird Teil der Adresse.`,
        },
      ],
    };
  }
  const { data, body, errors } = parseFrontMatter(content);
  if (errors.length > 0) {
    return { ok: false, problems: errors.map((e) => ({ file, message: `${file}, Zeile ${e.line}: ${e.message}` })) };
  }
  const parsed = newsFrontMatterSchema.safeParse(data satisfies Record<string, FrontMatterValue>);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue): NewsProblem[] => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => fieldProblem(file, key, `Unbekanntes Feld (Tippfehler?). Erlaubt: ${NEWS_FIELDS.join(", ")}.`));
      }
      const field = String(issue.path[0] ?? "");
      return [field ? fieldProblem(file, field, issue.message) : { file, message: `${file}: ${issue.message}` }];
    });
    return { ok: false, problems };
  }
  return { ok: true, item: { ...parsed.data, slug, file, body: body.trim() } };
}
