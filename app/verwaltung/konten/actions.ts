"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { PATHS } from "@/lib/routes";
import {
  type AccountFormState,
  addAccountFromForm,
  createTokenFromForm,
  removeAccountFromForm,
  resetPasswordFromForm,
  revokeTokenFromForm,
  setRoleFromForm,
} from "@/lib/staff/account-forms";

type Step = (form: FormData, headers: Headers) => Promise<AccountFormState>;

/** Runs a step of the accounts page; on success the page's lists are read again. */
async function run(step: Step, form: FormData): Promise<AccountFormState> {
  const state = await step(form, await headers());
  if (state.done) revalidatePath(PATHS.verwaltungKonten);
  return state;
}

export async function addAccountAction(_previous: AccountFormState, form: FormData) {
  return run(addAccountFromForm, form);
}
export async function setRoleAction(_previous: AccountFormState, form: FormData) {
  return run(setRoleFromForm, form);
}
export async function resetPasswordAction(_previous: AccountFormState, form: FormData) {
  return run(resetPasswordFromForm, form);
}
export async function removeAccountAction(_previous: AccountFormState, form: FormData) {
  return run(removeAccountFromForm, form);
}
export async function createTokenAction(_previous: AccountFormState, form: FormData) {
  return run(createTokenFromForm, form);
}
export async function revokeTokenAction(_previous: AccountFormState, form: FormData) {
  return run(revokeTokenFromForm, form);
}
