"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type SignInFormState, signInFromForm } from "@/lib/staff/sign-in-form";

/** Signs in; on success to `weiter` (a staff path) with a 303, else the form with the German message. */
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const outcome = await signInFromForm(form, await headers());
  if (outcome.ok) redirect(outcome.target);
  return outcome.state;
}
