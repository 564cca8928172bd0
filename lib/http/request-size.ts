/**
 * The size limit of request bodies, enforced by the proxy before Next parses anything: Next
 * itself cuts bodies at its limits (next.config.mjs) and then fails with a bare 500.
 */
import { MAX_UPLOAD_BYTES, megabytes } from "../overview/check-upload-size";

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
