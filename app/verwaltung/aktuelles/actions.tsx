"use server";

import type { ReactNode } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NewsArticle } from "@/app/aktuelles/_components/news-article";
import { namedServices } from "@/lib/news/services";
import { type NewsFormState, newsFromForm, publishFromForm } from "@/lib/news/staff-actions";
import { newsToday } from "@/lib/news/timeline";
import { PATHS, staffNewsItemHref } from "@/lib/routes";

export interface NewsFormPageState extends Omit<NewsFormState, "preview"> {
  /** The item rendered exactly as its public page shows it (intent „vorschau“). */
  preview?: ReactNode;
  previewSlug?: string;
  /** Counts the answers: the form is drawn afresh for each, so that every field (a select too) shows what was sent. */
  round?: number;
}

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** A new item (hidden field `editing` empty) or changes to one: preview, save, or save and publish. */
export async function saveNewsAction(previous: NewsFormPageState, form: FormData): Promise<NewsFormPageState> {
  const editing = text(form.get("editing")) || null;
  const { preview, ...answer } = await newsFromForm(form, await headers(), editing);
  if (answer.done) redirect(staffNewsItemHref(answer.done.slug, answer.done.published ? "veroeffentlicht" : "gespeichert"));
  const state = { ...answer, round: (previous.round ?? 0) + 1 };
  if (!preview) return state;
  const { services, stand } = await namedServices(preview.ozgIds);
  return { ...state, preview: <NewsArticle item={preview} today={newsToday()} services={services} stand={stand} />, previewSlug: preview.slug };
}

/** Takes the item of the hidden field `slug` off the public pages („Zurücknehmen“); it stays as a draft. */
export async function unpublishNewsAction(form: FormData): Promise<void> {
  const result = await publishFromForm(form, await headers(), false);
  redirect(result.ok ? staffNewsItemHref(result.slug, "zurueckgenommen") : PATHS.verwaltungAktuelles);
}
