/**
 * The size limit of request bodies, enforced by the proxy before Next parses anything: Next
 * itself cuts bodies at its limits (next.config.mjs) and then fails with a bare 500.
 */
import { MAX_UPLOAD_BYTES, megabytes } from "../overview/check-upload-size";
import { type Answer, htmlAnswer, jsonAnswer } from "./answers";
import { isApiPath } from "./methods";

/**
 * The largest upload plus room for the form around it. It must stay below the proxy's own body
 * limit (`proxyClientMaxBodySize` in next.config.mjs, 26 MB): the proxy sees at most that much
 * of a body, so only a limit below it can tell a too large body from a complete one.
 */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 512 * 1024;

export function bodyTooLarge(limit: number, size?: number): string {
  return `Die Anfrage ist zu groß${size !== undefined ? ` (${megabytes(size)})` : ""}. Erlaubt sind höchstens ${megabytes(limit)} (eine Datei bis ${megabytes(MAX_UPLOAD_BYTES)}); größere Dateien bitte mit „npm run validate“ prüfen.`;
}

/** True when the body is larger than `limit`: by its Content-Length, or by counting a streamed body. */
export async function exceedsLimit(request: Request, limit: number = MAX_REQUEST_BYTES): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim())) return Number(declared) > limit;
  if (!request.body) return false;
  let total = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      total += value.byteLength;
      if (total > limit) return true;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/**
 * The German 413 for a path: JSON for the API, plain text for a server action (the browser shows
 * it as the action's error message), a page for a plain form.
 */
export function tooLargeAnswer(pathname: string, isServerAction: boolean, size?: number): Answer {
  const text = bodyTooLarge(MAX_REQUEST_BYTES, size);
  if (isApiPath(pathname)) return jsonAnswer(413, text);
  if (isServerAction) return { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, body: text };
  return htmlAnswer(413, "Datei zu groß", [text]);
}

/** The declared Content-Length when it is over the limit, else null. */
export function declaredTooLarge(contentLength: string | null | undefined, limit: number = MAX_REQUEST_BYTES): number | null {
  if (!contentLength || !/^\d+$/.test(contentLength.trim())) return null;
  const size = Number(contentLength);
  return size > limit ? size : null;
}
