/** The URL a GET form would navigate to, without empty fields (so defaults stay out of the URL). */
export function formHref(form: HTMLFormElement): string {
  const action = form.getAttribute("action") ?? "/";
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
  }
  const search = params.toString();
  return search ? `${action}?${search}` : action;
}
