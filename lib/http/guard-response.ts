/**
 * What the HTTP guard does to each response: the status a page asked for (response-override.ts)
 * instead of its 200, and German words instead of the framework's bare answers (an empty 405 of
 * a route without that method, "Internal Server Error" for a form body that cannot be parsed,
 * "Invalid Server Action request.").
 */
import type http from "node:http";
import type { ResponseOverride } from "./response-override";

/** Bodies Next sends without a page around them; anything else is the app's own and stays. */
const BARE_BODIES = new Set(["", "Internal Server Error", "Invalid Server Action request.", "Bad Request", "Not Found", "Method Not Allowed"]);
/** Next's English text when a server action's body is over its limit. */
const BARE_PREFIXES = ["Body exceeded "];

function isBare(text: string): boolean {
  return BARE_BODIES.has(text) || BARE_PREFIXES.some((prefix) => text.startsWith(prefix));
}

function germanText(status: number, method: string, allow: string | undefined): string {
  switch (status) {
    case 400:
      return "Die Anfrage ist fehlerhaft und kann nicht gelesen werden.";
    case 404:
      return "Diese Adresse gibt es nicht.";
    case 405:
      return `Die Methode ${method.replace(/[^A-Za-z-]/g, "").slice(0, 20)} ist hier nicht erlaubt.${allow ? ` Erlaubt: ${allow}.` : ""}`;
    case 413:
      return "Die Anfrage ist zu groß.";
    default:
      return status >= 500
        ? "Auf dem Server ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut."
        : `Die Anfrage kann nicht beantwortet werden (Status ${status}).`;
  }
}

function contentTypeOf(res: http.ServerResponse, headers: unknown): string {
  let type = res.getHeader("content-type");
  if (headers && typeof headers === "object" && !Array.isArray(headers)) {
    for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === "content-type") type = value as string;
  }
  return String(type ?? "").toLowerCase();
}

/** An error answer that may be bare: no type, or plain text (Next's own); pages and JSON are ours. */
function mayBeBare(status: number, contentType: string): boolean {
  return status >= 400 && (contentType === "" || contentType.startsWith("text/plain"));
}

type Chunk = string | Buffer | Uint8Array;
type Callback = (() => void) | undefined;

export function guardResponse(req: http.IncomingMessage, res: http.ServerResponse, override: ResponseOverride): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  const method = (req.method ?? "GET").toUpperCase();
  let deferred: unknown[] | undefined;
  const held: Buffer[] = [];

  const withOverride = (status: number): number => {
    if (override.status === undefined || status !== 200) return status;
    for (const [name, value] of Object.entries(override.headers)) res.setHeader(name, value);
    return override.status;
  };

  /** Sends the held answer as it was, or in German when it is bare. */
  const finish = (args: unknown[], last: Chunk | undefined, callback: Callback) => {
    const status = (deferred?.[0] as number | undefined) ?? res.statusCode;
    const body = Buffer.concat([...held, ...(last === undefined ? [] : [Buffer.from(last as string)])]);
    const text = body.toString("utf8").trim();
    if (!isBare(text)) {
      if (deferred) writeHead(...deferred);
      for (const chunk of held) write(chunk);
      return last === undefined ? end(callback) : end(last, callback);
    }
    // A body that cannot be parsed fails inside Next before any page or action runs: the
    // sender's mistake, not the server's.
    const finalStatus = status >= 500 && method === "POST" ? 400 : status;
    const headers: Record<string, string | number | string[]> = {};
    const given = deferred?.find((a) => a && typeof a === "object") as Record<string, string | number | string[]> | undefined;
    if (given) Object.assign(headers, given);
    for (const name of Object.keys(headers)) if (/^content-(length|type)$/i.test(name)) delete headers[name];
    res.removeHeader("content-length");
    const german = Buffer.from(`${germanText(finalStatus, method, res.getHeader("allow")?.toString() ?? (given?.Allow as string | undefined))}\n`, "utf8");
    writeHead(finalStatus, { ...headers, "Content-Type": "text/plain; charset=utf-8", "Content-Length": german.length, "X-Content-Type-Options": "nosniff" });
    return method === "HEAD" ? end(callback) : end(german, callback);
  };

  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    const status = withOverride(statusCode);
    if (status !== statusCode && typeof rest[0] === "string") rest.shift(); // the reason phrase was "OK"
    const headers = rest.find((a) => a && typeof a === "object");
    if (mayBeBare(status, contentTypeOf(this, headers))) {
      deferred = [status, ...rest];
      return this;
    }
    return writeHead(status, ...rest);
  } as typeof res.writeHead;

  res.write = function (this: http.ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    if (!deferred && !this.headersSent && mayBeBare(withOverride(this.statusCode), contentTypeOf(this, undefined))) deferred = [this.statusCode];
    if (!deferred) return write(chunk, ...rest);
    held.push(Buffer.from(chunk as string));
    // Bare answers are a few bytes; anything long is the app's own: send it as it is.
    if (held.reduce((n, b) => n + b.length, 0) > 4096) {
      const args = deferred;
      deferred = undefined;
      writeHead(...args);
      for (const c of held.splice(0)) write(c);
    }
    const callback = rest.find((a) => typeof a === "function") as Callback;
    callback?.();
    return true;
  } as typeof res.write;

  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    const callback = args.find((a) => typeof a === "function") as Callback;
    const last = args.find((a) => typeof a === "string" || Buffer.isBuffer(a) || a instanceof Uint8Array) as Chunk | undefined;
    if (!deferred && !this.headersSent) {
      const status = withOverride(this.statusCode);
      this.statusCode = status;
      if (mayBeBare(status, contentTypeOf(this, undefined))) deferred = [status];
    }
    if (!deferred) return end(...args);
    return finish(args, last, callback);
  } as typeof res.end;
}
