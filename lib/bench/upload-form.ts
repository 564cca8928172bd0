/**
 * The "Datei prüfen" form as a program sends it without JavaScript: the hidden fields of the
 * server action (read from the page) plus the file. Used by the load script and browser tests.
 */

/** The hidden inputs of the upload form on /pruefen, as name/value pairs. */
export async function uploadFormFields(base: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/pruefen`)).text();
  // The form with the file input (its class name is a CSS module's and changes with the build).
  const form = /<form[^>]*encType="multipart\/form-data"[^>]*>(?:(?!<\/form>)[\s\S])*name="datei"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("No upload form on /pruefen");
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/>/g)) {
    fields.push([match[1], (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")]);
  }
  return fields;
}

export function uploadForm(fields: [string, string][], fileName: string, bytes: Uint8Array): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("datei", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "text/csv" }), fileName);
  return form;
}

/** Posts a file to "Datei prüfen"; resolves with the status, the time taken and the page. */
export async function postUpload(base: string, fields: [string, string][], fileName: string, bytes: Uint8Array) {
  const started = performance.now();
  // A browser sends its origin with a form post; Next checks it against the host.
  const response = await fetch(`${base}/pruefen`, { method: "POST", body: uploadForm(fields, fileName, bytes), headers: { Origin: base } });
  const html = await response.text();
  return { status: response.status, ms: performance.now() - started, html, retryAfter: response.headers.get("retry-after") };
}
