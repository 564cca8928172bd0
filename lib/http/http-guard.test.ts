import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installHttpGuard } from "./http-guard";
import { markDataUnavailable } from "./response-override";

let server: http.Server;
let base: string;

beforeAll(async () => {
  installHttpGuard();
  installHttpGuard(); // twice is once
  // A stand-in for Next: /daten-fehlen renders a page that reports unusable data after an await.
  server = http.createServer(async (req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (req.url === "/daten-fehlen") markDataUnavailable();
    if (req.url === "/leer-405") {
      res.writeHead(405, { Allow: "POST" }).end();
      return;
    }
    if (req.url === "/nackt-500") {
      res.statusCode = 500;
      res.end("Internal Server Error");
      return;
    }
    if (req.url === "/eigener-text") {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bitte über die Seite „Datei prüfen“ herunterladen.");
      return;
    }
    if (req.url === "/umleitung") {
      markDataUnavailable();
      res.writeHead(307, { Location: "/" }).end();
      return;
    }
    res.statusCode = 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end("<p>Seite</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** fetch cannot send TRACE; a raw request can. */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("installHttpGuard", () => {
  it("answers TRACE with a German 405 and Allow before the app sees it", async () => {
    for (const method of ["TRACE"]) {
      const answer = await raw(method, "/api/leistungen");
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD, OPTIONS");
      expect(JSON.parse(answer.body)).toEqual({ error: `Die Methode ${method} ist hier nicht erlaubt. Erlaubt: GET, HEAD, OPTIONS.` });
    }
    const page = await raw("TRACE", "/");
    expect(page.body).toContain("<h1>Methode nicht erlaubt</h1>");
  });

  it("turns a page's 200 into 503 with Retry-After when the page says the data cannot be used", async () => {
    const broken = await fetch(`${base}/daten-fehlen`);
    expect(broken.status).toBe(503);
    expect(broken.headers.get("retry-after")).toBe("300");
    expect(await broken.text()).toBe("<p>Seite</p>");
    const fine = await fetch(`${base}/`);
    expect(fine.status).toBe(200);
    expect(fine.headers.get("retry-after")).toBeNull();
  });

  it("answers CONNECT with a German 405 instead of closing the connection", async () => {
    const { connect } = await import("node:net");
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: x\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("close", () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(answer).toContain("Allow: GET, HEAD, OPTIONS");
    expect(answer).toContain("Die Methode CONNECT ist hier nicht erlaubt.");
  });

  it("answers what Node's parser refuses in German, not with an empty body", async () => {
    const unknownMethod = await raw("TRACK", "/");
    expect(unknownMethod.status).toBe(400);
    expect(unknownMethod.body).toBe("Die Anfrage ist fehlerhaft und kann nicht gelesen werden.\n");
    const longUrl = await raw("GET", `/?q=${"x".repeat(20_000)}`);
    expect(longUrl.status).toBe(431);
    expect(longUrl.body).toBe("Die Adresse oder die Kopfzeilen der Anfrage sind zu lang (höchstens 16 KB).\n");
  });

  it("puts German words into the framework's bare answers, and a 500 for a posted body it cannot read is a 400", async () => {
    const empty405 = await raw("GET", "/leer-405");
    expect(empty405.status).toBe(405);
    expect(empty405.headers.allow).toBe("POST");
    expect(empty405.body).toBe("Die Methode GET ist hier nicht erlaubt. Erlaubt: POST.\n");
    const posted = await raw("POST", "/nackt-500");
    expect([posted.status, posted.body]).toEqual([400, "Die Anfrage ist fehlerhaft und kann nicht gelesen werden.\n"]);
    const got = await raw("GET", "/nackt-500");
    expect(got.status).toBe(500);
    expect(got.body).toBe("Auf dem Server ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.\n");
    const head = await raw("HEAD", "/leer-405");
    expect([head.status, head.body]).toEqual([405, ""]);
    // The app's own answers stay as they are.
    const own = await raw("GET", "/eigener-text");
    expect([own.status, own.body]).toEqual([400, "Bitte über die Seite „Datei prüfen“ herunterladen."]);
  });

  it("refuses a body declared over the upload limit with a German 413, without keeping any of it", async () => {
    const form = await raw("POST", "/pruefen", { "Content-Type": "multipart/form-data; boundary=b" }, Buffer.alloc(30 * 1024 * 1024));
    expect(form.status).toBe(413);
    expect(form.body).toContain("Die Anfrage ist zu groß (30 MB). Erlaubt sind höchstens 25,5 MB");
    const api = await raw("PUT", "/api/leistungen", {}, Buffer.alloc(27 * 1024 * 1024));
    expect(api.status).toBe(413);
    expect(JSON.parse(api.body).error).toContain("Die Anfrage ist zu groß (27 MB).");
  });

  it("leaves other statuses alone (a redirect stays a redirect)", async () => {
    const answer = await fetch(`${base}/umleitung`, { redirect: "manual" });
    expect(answer.status).toBe(307);
  });
});
