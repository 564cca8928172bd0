"use server";

import { headers } from "next/headers";
import type { DeclarationFormState } from "@/lib/reuse/form";
import { declareFromForm } from "@/lib/reuse/form-actions";

/** The declaration form (works without JavaScript: a POST that renders the page with the result). */
export async function declareAction(_previous: DeclarationFormState, form: FormData): Promise<DeclarationFormState> {
  return declareFromForm(form, await headers());
}
