/**
 * A guard in front of Next, installed once per server process from instrumentation.ts:
 * - TRACE and CONNECT get a German 405 (TRACK, unknown to Node's parser, a German 400). Next fails on them with a bare 500 before the
 *   proxy runs (a fetch Request cannot have these methods), so only the HTTP layer can answer.
 * - Every request runs in its own response-override context (response-override.ts), so a page
 *   can turn its 200 into a 503 with Retry-After (a data folder that cannot be read).
 * - A body whose Content-Length is over the upload limit gets the German 413 at once, before
 *   Next buffers it (the proxy also counts bodies sent without Content-Length).
 * - A bare answer of the framework (an empty 405, "Internal Server Error" for a form body it
 *   cannot parse) gets German words, and that 500 becomes the 400 it is (guard-response.ts).
 * - A request that Node's HTTP parser refuses (an unknown method, headers or URL over 16 KB)
 *   gets a German answer instead of Node's empty one.
 * - With a page cache (page-cache.ts), an anonymous document request for a cached page is
 *   answered from memory while its data is unchanged.
 */
import http from "node:http";
import { methodNotAllowed } from "./methods";
import { declaredTooLarge, tooLargeAnswer } from "./request-size";
import { guardResponse } from "./guard-response";
import type { PageCache } from "./page-cache";
import { type ResponseOverride, responseOverrides } from "./response-override";

const INSTALLED = Symbol.for("ozg-nachnutzungsuebersicht.http-guard");
const UNSUPPORTED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Status and German text for what Node's parser refuses (its own answer has no body). */
function clientErrorAnswer(code: string | undefined): [number, string, string] {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return [431, "Request Header Fields Too Large", "Die Adresse oder die Kopfzeilen der Anfrage sind zu lang (höchstens 16 KB)."];
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return [408, "Request Timeout", "Die Anfrage kam nicht rechtzeitig vollständig an."];
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return [413, "Payload Too Large", "Die Anfrage ist zu groß."];
    default:
      return [400, "Bad Request", "Die Anfrage ist fehlerhaft und kann nicht gelesen werden."];
  }
}

function answerClientError(error: NodeJS.ErrnoException, socket: import("node:net").Socket): void {
  if (!socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const [status, reason, text] = clientErrorAnswer(error.code);
  const body = Buffer.from(`${text}\n`, "utf8");
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n` +
      `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body.toString("utf8")}`,
  );
}

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0];
}

function answerConnect(req: http.IncomingMessage, socket: import("node:net").Socket): void {
  const answer = methodNotAllowed("CONNECT", pathOf(req.url));
  const body = Buffer.from(answer.body, "utf8");
  const headers = Object.entries({ ...answer.headers, "Content-Length": String(body.length), Connection: "close" }).map(([k, v]) => `${k}: ${v}\r\n`);
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${headers.join("")}\r\n${body.toString("utf8")}`);
}

/** Reading more than this of a refused body is not worth it: the connection is cut instead. */
const MAX_DRAINED_BYTES = 100 * 1024 * 1024;

/**
 * Answers once the client has sent its body, reading and dropping it (nothing is kept): a client
 * still sending when the server closes sees a broken connection, not the German answer.
 */
function refuseBody(req: http.IncomingMessage, res: http.ServerResponse, answer: () => void): void {
  let drained = 0;
  res.shouldKeepAlive = false;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAINED_BYTES) {
      answer();
      req.destroy();
    }
  });
  req.once("end", () => {
    if (!res.headersSent) answer();
  });
  req.once("error", () => res.destroy());
}

export function installHttpGuard(options: { pageCache?: PageCache } = {}): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean; emit: Emit };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    // Node destroys a CONNECT (a proxy tunnel) unless the server listens for it: answer it.
    if (!(this as http.Server & { [INSTALLED]?: boolean }).hasOwnProperty(INSTALLED)) {
      (this as http.Server & { [INSTALLED]?: boolean })[INSTALLED] = true;
      if (this.listenerCount("connect") === 0) this.on("connect", answerConnect);
    }
    if (event === "clientError" && this.listenerCount("clientError") === 0) {
      answerClientError(args[0] as NodeJS.ErrnoException, args[1] as import("node:net").Socket);
      return true;
    }
    if (event !== "request") return emit.call(this, event, ...args);
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    if (UNSUPPORTED_METHODS.has((req.method ?? "").toUpperCase())) {
      const answer = methodNotAllowed(req.method ?? "", pathOf(req.url));
      res.writeHead(answer.status, answer.headers).end(answer.body);
      // The request body (if any) is not read; close instead of keeping the connection.
      res.shouldKeepAlive = false;
      return true;
    }
    // A body declared too large is refused before Next reads (and buffers) any of it.
    const tooLarge = req.method !== "GET" && req.method !== "HEAD" ? declaredTooLarge(req.headers["content-length"]) : null;
    if (tooLarge !== null) {
      const answer = tooLargeAnswer(pathOf(req.url), req.headers["next-action"] !== undefined, tooLarge);
      refuseBody(req, res, () => res.writeHead(answer.status, { ...answer.headers, Connection: "close" }).end(answer.body));
      return true;
    }
    const override: ResponseOverride = { headers: {} };
    guardResponse(req, res, override);
    const render = () => responseOverrides.run(override, () => emit.call(this, event, ...args));
    if (options.pageCache?.handle(req, res, render)) return true;
    return render();
  };
}
