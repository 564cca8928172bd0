/**
 * Fuzzing the production server: every route with every method and hostile payloads, from a
 * fixed seed (a failure can be replayed). Fails on any 5xx, an answer over 2 MB, an answer
 * slower than 10 s, a stack trace or a server path in a body, or a body-less error.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { prng } from "../lib/bench/generate";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const TARGETS = [`127.0.0.1:${PORT}`, `127.0.0.1:${PORT + 1}`];

const REQUESTS = 1_200;
const PARALLEL = 6;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_MS = 10_000;
const METHODS = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"];

const ROUTES = [
  "/",
  "/kommunen",
  "/ressorts",
  "/ressorts/MI",
  "/ressorts/mi",
  "/ressorts/XX",
  "/aenderungen",
  "/aktuelles",
  "/aktuelles/dikomm-2022",
  "/aktuelles/gibt-es-nicht",
  "/leistungen/10000",
  "/leistungen/99999",
  "/leistungen/abc",
  "/pruefen",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
  "/manifest.webmanifest",
  "/icon.svg",
  "/api/leistungen",
  "/api/export",
  "/api/aenderungen",
  "/api/gibt-es-nicht",
  "/api/openapi.json",
  "/feeds/aktuelles.atom",
  "/feeds/aenderungen.atom",
  "/termine.ics",
  "/aktuelles/dikomm-2022/termin.ics",
  "/daten",
  "/daten/dcat.jsonld",
  "/pruefen/bericht",
  "/_next/image",
  "/_next/static/chunks/gibt-es-nicht.js",
  "/gibt-es-nicht",
];

const PARAMS = ["q", "themenfeld", "lebenslage", "ressort", "phase", "prioritaet", "umsetzungsmodell", "ozgId", "sort", "page", "size", "stand", "cols", "col", "chart", "von", "bis", "kategorie", "unbekannt"];

/** Hostile values, percent-encoded as a browser would send them. */
const VALUES = [
  "",
  "Betrieb",
  "in%20Planung",
  "nicht%20festgelegt",
  "-leistung",
  "1e308",
  "99999999999999999999999999",
  "-1",
  "0",
  "NaN",
  "2022-13-45",
  "1999-01-01",
  "%00",
  "a%00b",
  "%1B%5B31m",
  "%07%7F",
  "%E2%80%AE%E2%80%8B",
  "%F0%9F%92%A9",
  "%E0%A4%A",
  "%ZZ",
  "%",
  "..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f%2e%2e%2f",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%22%3E%3Cimg%20src=x%3E",
  "=HYPERLINK(%22http://x%22)",
  "x".repeat(5000),
  "%C3%A4".repeat(300),
];

const PATH_PAYLOADS = ["/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/package.json", "/leistungen/%00", "/ressorts/%E0%A4%A", "/aktuelles/..%2F..%2Fdata%2Fmetadata.json", "/%1B", "/leistungen/%E2%80%AE10000"];

interface Plan {
  host: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function query(random: () => number): string {
  const kind = random();
  if (kind < 0.05) return `?lebenslage=${Array.from({ length: 1000 }, (_, i) => `x${i}`).join("&lebenslage=")}`;
  if (kind < 0.08) return `?q=${"a".repeat(16_000)}`;
  if (kind < 0.11) return `?ozgId=${Array.from({ length: 1000 }, (_, i) => 10_000 + i).join("&ozgId=")}`;
  const parts = Array.from({ length: Math.floor(random() * 5) }, () => `${pick(random, PARAMS)}=${pick(random, VALUES)}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

function body(random: () => number, method: string): Pick<Plan, "headers" | "body"> {
  if (method === "GET" || method === "HEAD" || method === "TRACE" || random() < 0.3) return { headers: {} };
  const kind = pick(random, ["json", "form", "multipart", "broken-multipart", "xml", "binary"] as const);
  switch (kind) {
    case "json":
      return { headers: { "Content-Type": "application/json" }, body: Buffer.from(JSON.stringify({ a: "\u0000\u202e", n: 1e308 })) };
    case "form":
      return { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: Buffer.from("datei=x&%E0%A4%A=1&$ACTION_ID_x=1") };
    case "multipart":
      return {
        headers: { "Content-Type": "multipart/form-data; boundary=b" },
        body: Buffer.from('--b\r\nContent-Disposition: form-data; name="datei"; filename="x.csv"\r\n\r\nOZG-ID;Leistung\r\n--b--\r\n'),
      };
    case "broken-multipart":
      return { headers: { "Content-Type": "multipart/form-data; boundary=" }, body: Buffer.from("--\r\n\r\n\u0000") };
    case "xml":
      return { headers: { "Content-Type": "text/xml" }, body: Buffer.from("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>") };
    case "binary":
      return { headers: { "Content-Type": "application/octet-stream" }, body: Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)) };
  }
}

function plans(): Plan[] {
  const random = prng(15);
  const list: Plan[] = [];
  // Every route with every method at least once, on the sample.
  for (const path of ROUTES) for (const method of new Set(METHODS)) list.push({ host: TARGETS[0], method, path, headers: {} });
  // Oversized bodies: declared and streamed.
  const huge = Buffer.alloc(27 * 1024 * 1024, 0x41);
  list.push({ host: TARGETS[0], method: "POST", path: "/pruefen", headers: { "Content-Type": "multipart/form-data; boundary=b" }, body: huge });
  list.push({ host: TARGETS[0], method: "PUT", path: "/api/leistungen", headers: { "Content-Type": "application/json" }, body: huge });
  list.push({ host: TARGETS[0], method: "POST", path: "/", headers: { "Content-Type": "multipart/form-data; boundary=b", "Transfer-Encoding": "chunked" }, body: huge });
  while (list.length < REQUESTS) {
    const method = pick(random, METHODS);
    const path = random() < 0.1 ? pick(random, PATH_PAYLOADS) : pick(random, ROUTES);
    list.push({ host: random() < 0.15 ? TARGETS[1] : TARGETS[0], method, path: `${path}${query(random)}`, ...body(random, method) });
  }
  return list;
}

interface Outcome {
  plan: Plan;
  status: number;
  retryAfter?: string;
  bytes: number;
  ms: number;
  text: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: PARALLEL });

function send(plan: Plan): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers = { ...plan.headers, ...(plan.body && !plan.headers["Transfer-Encoding"] ? { "Content-Length": String(plan.body.length) } : {}) };
    const req = http.request({ host: plan.host.split(":")[0], port: Number(plan.host.split(":")[1]), method: plan.method, path: plan.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        // Keep the start for the checks; stop reading far beyond the bound.
        if (bytes <= MAX_BODY_BYTES) chunks.push(chunk);
        else if (bytes > MAX_BODY_BYTES * 2) res.destroy();
      });
      res.on("close", () => resolve({ plan, status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"], bytes, ms: performance.now() - started, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.setTimeout(MAX_MS * 2, () => req.destroy(new Error("timeout")));
    req.on("error", (error) => reject(Object.assign(error, { plan })));
    req.end(plan.body);
  });
}


const STACK_TRACE = /\n\s+at [^\n]*[:(][^\n]*\d+:\d+\)?/;
const INTERNALS = [process.cwd(), "node_modules/", ".next/server", "webpack-internal", "[turbopack]", "file:///"];

function problems(outcome: Outcome): string[] {
  const found: string[] = [];
  const { status, bytes, ms, text, plan } = outcome;
  // A 503 with Retry-After is the deliberate answer of the broken data folder (or a full queue).
  if (status >= 500 && !(status === 503 && outcome.retryAfter)) found.push(`status ${status}`);
  if (bytes > MAX_BODY_BYTES) found.push(`${bytes} bytes`);
  if (ms > MAX_MS) found.push(`${ms.toFixed(0)} ms`);
  if (STACK_TRACE.test(text)) found.push("stack trace");
  for (const internal of INTERNALS) if (text.includes(internal)) found.push(`shows ${internal}`);
  // An error needs words: only HEAD, 204, 304 and redirects may be empty.
  if (status >= 400 && bytes === 0 && plan.method !== "HEAD") found.push("empty error body");
  return found;
}

test("fuzz: every route and method with hostile payloads, no 5xx, no huge or slow answer, nothing internal", async () => {
  test.setTimeout(180_000);
  const all = plans();
  expect(all.length).toBeGreaterThanOrEqual(1_000);
  const started = performance.now();
  const outcomes: Outcome[] = [];
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < all.length) {
        const plan = all[next++];
        try {
          const outcome = await send(plan);
          outcomes.push(outcome);
          const found = problems(outcome);
          if (found.length > 0) failures.push(`${plan.method} ${plan.host}${plan.path.slice(0, 200)} → ${outcome.status}: ${found.join(", ")}`);
        } catch (error) {
          // The server closing a connection after an oversized body is fine; no answer at all is not.
          if (!plan.body || plan.body.length < MAX_BODY_BYTES) failures.push(`${plan.method} ${plan.path.slice(0, 200)}: ${(error as Error).message}`);
        }
      }
    }),
  );
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const statuses = new Map<number, number>();
  for (const o of outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
  const slowest = Math.max(...outcomes.map((o) => o.ms));
  const largest = Math.max(...outcomes.map((o) => o.bytes));
  console.log(
    `${outcomes.length} answers in ${seconds.toFixed(1)} s; statuses ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ")}; ` +
      `slowest ${slowest.toFixed(0)} ms, largest ${(largest / 1024).toFixed(0)} KB`,
  );
  expect(failures).toEqual([]);
  expect(outcomes.length).toBeGreaterThanOrEqual(1_000);
});
