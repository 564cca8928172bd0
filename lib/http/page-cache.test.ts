import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PageCache, pageCacheKey, pageCacheTtlMs, splitAt } from "./page-cache";

/** A stand-in for Next: counts its renders, uses a fresh nonce each time, compresses like Next. */
let renders = 0;
let status = 200;
let setCookie = false;
let delayMs = 0;
let version = "v1";
let clock = 0;
const cache = new PageCache({ paths: ["/"], version: async () => version, ttlMs: 2_000, now: () => clock });

function next(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (delayMs > 0) {
    setTimeout(() => respond(req, res), delayMs);
    return;
  }
  respond(req, res);
}

function respond(req: http.IncomingMessage, res: http.ServerResponse): void {
  renders++;
  const nonce = `nonce${renders}AAAA==`;
  const html = Buffer.from(`<html><script nonce="${nonce}">a</script><p>Render ${renders} for ${req.url}</p><script nonce="${nonce}">b</script></html>`);
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}'`);
  if (setCookie) res.setHeader("Set-Cookie", "a=b");
  if (/gzip/.test(String(req.headers["accept-encoding"]))) {
    res.setHeader("Content-Encoding", "gzip");
    res.end(gzipSync(html));
  } else {
    res.write(html.subarray(0, 10));
    res.end(html.subarray(10));
  }
}

const server = http.createServer((req, res) => {
  if (!cache.handle(req, res, () => next(req, res))) next(req, res);
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  status = 200;
  setCookie = false;
  delayMs = 0;
  version = `v${Math.random()}`;
  clock += 10_000;
});

async function get(path = "/", headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  return { status: res.status, body: await res.text(), csp: res.headers.get("content-security-policy") ?? "", hit: res.headers.get("x-seiten-cache") === "treffer" };
}
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)![1];

describe("PageCache", () => {
  it("answers the same view from memory, with a nonce of its own in header and body", async () => {
    const first = await get("/?phase=Betrieb");
    const before = renders;
    const second = await get("/?phase=Betrieb");
    const third = await get("/?phase=Betrieb");
    expect(renders).toBe(before);
    expect([first.hit, second.hit, third.hit]).toEqual([false, true, true]);
    expect(second.body.replaceAll(nonceOf(second.csp), "N")).toBe(first.body.replaceAll(nonceOf(first.csp), "N"));
    const nonces = [first, second, third].map((a) => nonceOf(a.csp));
    expect(new Set(nonces).size).toBe(3);
    for (const answer of [second, third]) expect(answer.body.split(`nonce="${nonceOf(answer.csp)}"`)).toHaveLength(3);
  });

  it("renders again when the version changes or the entry is older than its time to live", async () => {
    await get("/");
    const before = renders;
    version = "changed";
    expect((await get("/")).hit).toBe(false);
    expect((await get("/")).hit).toBe(true);
    clock += 2_000;
    expect((await get("/")).hit).toBe(false);
    expect(renders).toBe(before + 2);
  });

  it("keeps each view apart, renders on Cache-Control: no-cache and stores that answer", async () => {
    const rendered = (answer: { body: string }) => /Render \d+/.exec(answer.body)![0];
    const a = await get("/?ressort=MI");
    const b = await get("/?ressort=MJ");
    expect(rendered(b)).not.toBe(rendered(a));
    expect(rendered(await get("/?ressort=MI"))).toBe(rendered(a));
    const fresh = await get("/?ressort=MI", { "Cache-Control": "no-cache" });
    expect(fresh.hit).toBe(false);
    expect(rendered(fresh)).not.toBe(rendered(a));
    const after = await get("/?ressort=MI");
    expect(after.hit).toBe(true);
    expect(rendered(after)).toBe(rendered(fresh));
  });

  it("decodes what Next compressed and compresses for clients that accept it", async () => {
    await get("/", { "Accept-Encoding": "gzip" });
    const res = await fetch(base + "/", { headers: { "Accept-Encoding": "gzip" } });
    expect(res.headers.get("x-seiten-cache")).toBe("treffer");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toMatch(/<p>Render \d+ for \/<\/p>/);
    const plain = await new Promise<string>((resolve) => http.get(base + "/", (r) => { const c: Buffer[] = []; r.on("data", (d) => c.push(d)); r.on("end", () => resolve(r.headers["content-encoding"] ?? "none")); }));
    expect(plain).toBe("none");
  });

  it("renders a view once for readers who ask for it at the same moment", async () => {
    delayMs = 50;
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/?phase=Planung")));
    expect(renders).toBe(before + 1);
    expect(answers.filter((a) => !a.hit)).toHaveLength(1);
    expect(new Set(answers.map((a) => nonceOf(a.csp))).size).toBe(10);
  });

  it("keeps at most maxEntries views and no page over maxBytes", async () => {
    const small = new PageCache({ paths: ["/"], version: async () => "v", ttlMs: 60_000, maxEntries: 2, maxBytes: 200, now: () => clock });
    const local = http.createServer((req, res) => {
      if (!small.handle(req, res, () => respond(req, res))) respond(req, res);
    });
    await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
    const at = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
    const hit = async (path: string) => (await fetch(at + path)).headers.get("x-seiten-cache") === "treffer";
    try {
      for (const path of ["/?a", "/?b", "/?c"]) await hit(path);
      expect([await hit("/?a"), await hit("/?c")]).toEqual([false, true]);
      const before = renders;
      const long = "/?" + "x".repeat(300);
      expect([await hit(long), await hit(long)]).toEqual([false, false]);
      expect(renders).toBe(before + 2);
    } finally {
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });

  it("never keeps an error, an answer with Set-Cookie, or a path it was not given", async () => {
    status = 503;
    await get("/");
    expect((await get("/")).hit).toBe(false);
    status = 200;
    setCookie = true;
    await get("/");
    expect((await get("/")).hit).toBe(false);
    setCookie = false;
    await get("/aktuelles");
    expect((await get("/aktuelles")).hit).toBe(false);
  });
});

describe("pageCacheKey", () => {
  const paths = new Set(["/"]);
  const req = (headers: http.IncomingHttpHeaders, url = "/", method = "GET") => ({ method, url, headers });

  it("keys a document request by host, forwarded host and protocol, and the address", () => {
    expect(pageCacheKey(req({ host: "a" }, "/?q=x"), paths)).toBe("a\n\n\n/?q=x");
    expect(pageCacheKey(req({ host: "a", "x-forwarded-proto": "https" }), paths)).not.toBe(pageCacheKey(req({ host: "a" }), paths));
  });

  it("leaves out signed-in and client-router requests, other methods and other paths", () => {
    expect(pageCacheKey(req({ cookie: "sitzung=x" }), paths)).toBeNull();
    expect(pageCacheKey(req({ authorization: "Bearer x" }), paths)).toBeNull();
    expect(pageCacheKey(req({ rsc: "1" }), paths)).toBeNull();
    expect(pageCacheKey(req({ "next-router-prefetch": "1" }), paths)).toBeNull();
    expect(pageCacheKey(req({}, "/?_rsc=abc"), paths)).toBeNull();
    expect(pageCacheKey(req({}, "/", "HEAD"), paths)).toBeNull();
    expect(pageCacheKey(req({}, "/", "POST"), paths)).toBeNull();
    expect(pageCacheKey(req({}, "/kommunen"), paths)).toBeNull();
  });
});

describe("pageCacheTtlMs", () => {
  it("is 2 s by default, 0 turns the cache off, anything else is refused in German", () => {
    expect(pageCacheTtlMs(undefined)).toBe(2_000);
    expect(pageCacheTtlMs("0")).toBe(0);
    expect(pageCacheTtlMs("5000")).toBe(5_000);
    expect(() => pageCacheTtlMs("bald")).toThrow(/PAGE_CACHE_TTL_MS muss eine ganze Zahl/);
  });
});

describe("splitAt", () => {
  it("cuts a page at every occurrence of its nonce, keeping everything else", () => {
    const parts = splitAt(Buffer.from('<a nonce="N1">x</a><b nonce="N1"></b>N1'), "N1");
    expect(parts.map(String)).toEqual(['<a nonce="', '">x</a><b nonce="', '"></b>', ""]);
    expect(splitAt(Buffer.from("plain"), null).map(String)).toEqual(["plain"]);
  });
});
