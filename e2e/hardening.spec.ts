/**
 * Statuses and headers of the production server for what users and programs get wrong and for
 * what the operator gets wrong: every answer German, with the right status, never a stack
 * trace, a server path or an empty body.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { generatedCsv } from "../lib/bench/generated-csv";
import { postUpload, uploadFormFields } from "../lib/bench/upload-form";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
const BROKEN = `http://127.0.0.1:${PORT + 1}`;
const UNREADABLE = `http://127.0.0.1:${PORT + 2}`;

/** A raw HTTP request (fetch cannot send TRACE or a chunked body of our choosing). */
function raw(
  url: string,
  options: { method: string; headers?: Record<string, string>; body?: (req: http.ClientRequest) => void },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method, headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    if (options.body) options.body(req);
    else req.end();
  });
}

/** Nothing a user sees may show how the server works inside. */
function expectNoInternals(body: string) {
  expect(body).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(body).not.toContain(process.cwd());
  expect(body).not.toMatch(/\/(home|root|srv|tmp|var)\//);
}

test.describe("methods", () => {
  test("TRACE is a German 405 with Allow on pages and the API (it was a 500)", async () => {
    for (const path of ["/", "/kommunen", "/api/leistungen"]) {
      const answer = await raw(`${BASE}${path}`, { method: "TRACE" });
      expect(answer.status, path).toBe(405);
      expect(answer.headers.allow, path).toBe("GET, HEAD, OPTIONS");
      expect(answer.body, path).toContain("Die Methode TRACE ist hier nicht erlaubt.");
    }
  });

  test("PUT, DELETE and PATCH on pages are a German 405 (they answered 200 with the page)", async ({ request }) => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      for (const path of ["/", "/leistungen/10000", "/pruefen"]) {
        const response = await request.fetch(path, { method, data: "x" });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
        expect(await response.text()).toContain(`Die Methode ${method} ist hier nicht erlaubt.`);
      }
    }
    // A POST that is neither a form nor a server action has nothing to do on a page.
    const json = await request.post("/", { data: { a: 1 } });
    expect(json.status()).toBe(405);
  });

  test("routes without a method answer in German, not with Next's empty 405", async ({ request }) => {
    const report = await request.get("/pruefen/bericht");
    expect(report.status()).toBe(405);
    expect(report.headers()["allow"]).toBe("POST, OPTIONS");
    expect(await report.text()).toContain("Die Methode GET ist hier nicht erlaubt. Erlaubt: POST, OPTIONS.");
    const feed = await request.post("/feeds/aktuelles.atom", { form: { a: "1" } });
    expect(feed.status()).toBe(405);
    expect(feed.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    expect(await feed.text()).toContain("Die Methode POST ist hier nicht erlaubt.");
  });

  test("a form body that cannot be parsed is a German 400 (it was a bare 500)", async ({ request }) => {
    const response = await request.post("/impressum", { headers: { "Content-Type": "multipart/form-data; boundary=" }, data: "--\r\n\r\n" });
    expect(response.status()).toBe(400);
    expect(await response.text()).toBe("Die Anfrage ist fehlerhaft und kann nicht gelesen werden.\n");
  });

  test("the API refuses writes in German JSON (Next's own 405 had an empty body)", async ({ request }) => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      for (const path of ["/api/leistungen", "/api/export", "/api/aenderungen"]) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
        expect(await response.json()).toEqual({ error: `Die Methode ${method} ist hier nicht erlaubt. Erlaubt: GET, HEAD, OPTIONS.` });
      }
    }
  });

  test("OPTIONS names the allowed methods (it was a 400 with an empty body on pages)", async ({ request }) => {
    for (const path of ["/", "/api/leistungen"]) {
      const response = await request.fetch(path, { method: "OPTIONS" });
      expect(response.status(), path).toBe(204);
      expect(response.headers()["allow"], path).toContain("GET, HEAD, OPTIONS");
    }
  });
});

test.describe("oversized and malformed requests", () => {
  const BIG = 30 * 1024 * 1024;

  test("a 30 MB upload is a German 413, with Content-Length and streamed without it (it was a bare 500)", async () => {
    const fields = await uploadFormFields(BASE);
    const declared = await postUpload(BASE, fields, "gross.csv", new Uint8Array(BIG).fill(0x41));
    expect(declared.status).toBe(413);
    expect(declared.html).toContain("Die Anfrage ist zu groß (30,1 MB). Erlaubt sind höchstens 25,5 MB");
    expectNoInternals(declared.html);

    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const streamed = await raw(`${BASE}/pruefen`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=grenze", "Transfer-Encoding": "chunked" },
      body: (req) => {
        let sent = 0;
        const write = () => {
          while (sent < 30) {
            sent++;
            if (!req.write(chunk)) return void req.once("drain", write);
          }
          req.end();
        };
        req.on("error", () => undefined);
        write();
      },
    });
    expect(streamed.status).toBe(413);
    expect(streamed.body).toContain("Die Anfrage ist zu groß.");
  });

  test("an address over 16 KB is a German 431, not an empty answer", async () => {
    const answer = await raw(`${BASE}/?q=${"a".repeat(17_000)}`, { method: "GET" });
    expect(answer.status).toBe(431);
    expect(answer.body).toContain("Die Adresse oder die Kopfzeilen der Anfrage sind zu lang");
  });

  test("unknown addresses are German 404s: pages, the API and the image optimiser", async ({ request }) => {
    for (const path of ["/gibt-es-nicht", "/api/gibt-es-nicht"]) {
      const page = await request.get(path);
      expect(page.status(), path).toBe(404);
      expect(await page.text(), path).toContain("Seite nicht gefunden");
    }
    // No image optimisation: nothing is written into the build's cache on request.
    const image = await request.get("/_next/image?url=%2Ficon-192.png&w=64&q=75");
    expect(image.status()).toBe(404);
    expect(await image.text()).toContain("verkleinert keine Bilder");
  });
});

test.describe("a data folder that cannot be used: 503 with Retry-After, German, no path", () => {
  test("a broken Stand: every data page and the API", async ({ request }) => {
    for (const path of ["/", "/kommunen", "/ressorts", "/ressorts/MI", "/leistungen/10000"]) {
      const response = await request.get(`${BROKEN}${path}`);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"], path).toBe("300");
      const html = await response.text();
      expect(html, path).toContain("Die Daten können nicht angezeigt werden");
      expectNoInternals(html);
    }
    for (const path of ["/api/leistungen", "/api/export"]) {
      const response = await request.get(`${BROKEN}${path}`);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"], path).toBe("300");
      expectNoInternals(await response.text());
    }
    // Pages without data are not affected.
    expect((await request.get(`${BROKEN}/impressum`)).status()).toBe(200);
  });

  test("a Stand file that cannot be read gives the German 503 page, while the older Stand is still served", async ({ page, request }) => {
    const response = await page.goto(`${UNREADABLE}/`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("300");
    await expect(page.getByTestId("data-error")).toContainText("Die Datei des Stands 2022-10-28 (uebersicht/2022-10-28.csv) ist ein Ordner, keine Datei.");
    expectNoInternals(await page.content());
    const api = await request.get(`${UNREADABLE}/api/leistungen`);
    expect(api.status()).toBe(503);
    expect((await api.json()).error).toBe("Die Datei des Stands 2022-10-28 (uebersicht/2022-10-28.csv) ist ein Ordner, keine Datei.");
    const older = await request.get(`${UNREADABLE}/api/leistungen?stand=2022-09-30`);
    expect(older.status()).toBe(200);
    expect((await older.json()).total).toBe(2);
  });
});

test.describe("headers", () => {
  test("pages: nonce CSP, COOP, CORP and the rest, never cached; HSTS only behind HTTPS", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["strict-transport-security"]).toBeUndefined();
    const behindHttps = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(behindHttps.headers()["strict-transport-security"]).toBe("max-age=31536000");
  });

  test("the API: no-cache with an ETag, and 304 when the client has it", async ({ request }) => {
    const first = await request.get("/api/leistungen?size=1");
    expect(first.headers()["cache-control"]).toBe("no-cache");
    const etag = first.headers()["etag"];
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await request.get("/api/leistungen?size=1", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");
    const export_ = await request.get("/api/export");
    expect(export_.headers()["cache-control"]).toBe("no-store");
  });

  test("hashed static files are cached for good", async ({ request }) => {
    const html = await (await request.get("/impressum")).text();
    const asset = /\/_next\/static\/[^"]+\.(js|css)/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const response = await request.get(asset!);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("Datei prüfen under load", () => {
  test("when every worker is busy and the queue is full, a check is refused in German with 503 and Retry-After", async () => {
    test.setTimeout(120_000);
    // 40,000 rows (about 8 MB): each check takes long enough that ten at once fill the queue.
    const bytes = generatedCsv(40_000);
    const fields = await uploadFormFields(BASE);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => postUpload(BASE, fields, `datei-${i}.csv`, bytes)));
    const refused = answers.filter((a) => a.status === 503);
    const checked = answers.filter((a) => a.status === 200);
    expect(refused.length).toBeGreaterThan(0);
    expect(checked.length).toBeGreaterThan(0);
    expect(refused.length + checked.length).toBe(10);
    for (const answer of refused) {
      expect(answer.retryAfter).toBe("60");
      expect(answer.html).toContain("Gerade werden viele Dateien geprüft; bitte in einer Minute erneut versuchen.");
    }
    for (const answer of checked) expect(answer.html.replaceAll("<!-- -->", "")).toContain(": 40.000 Leistungen, 0 Fehler, 0 Warnungen.");
  });
});
