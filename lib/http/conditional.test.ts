import { describe, expect, it, vi } from "vitest";
import { cachedResponse, httpDate, isNotModified, strongEtag } from "./conditional";

const ETAG = strongEtag(["test", "1"]);
const MODIFIED = Date.parse("2022-10-28T10:15:30.500Z");

const withHeaders = (h: Record<string, string>) => new Headers(h);

describe("strongEtag", () => {
  it("is a quoted, strong tag that changes with any input", () => {
    expect(ETAG).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(strongEtag(["test", "1"])).toBe(ETAG);
    expect(strongEtag(["test", "2"])).not.toBe(ETAG);
    // Parts are separated: ["ab", "c"] is not ["a", "bc"].
    expect(strongEtag(["ab", "c"])).not.toBe(strongEtag(["a", "bc"]));
  });
});

describe("isNotModified", () => {
  const v = { etag: ETAG, lastModifiedMs: MODIFIED };
  it.each<[string, Record<string, string>, boolean]>([
    ["the same ETag", { "if-none-match": ETAG }, true],
    ["the ETag in a list", { "if-none-match": `"other", ${ETAG}` }, true],
    ["the weak form of the ETag (If-None-Match compares weakly)", { "if-none-match": `W/${ETAG}` }, true],
    ["*", { "if-none-match": "*" }, true],
    ["another ETag", { "if-none-match": '"other"' }, false],
    ["another ETag and a current date (If-None-Match wins)", { "if-none-match": '"other"', "if-modified-since": httpDate(MODIFIED) }, false],
    ["If-Modified-Since equal to Last-Modified (seconds)", { "if-modified-since": "Fri, 28 Oct 2022 10:15:30 GMT" }, true],
    ["If-Modified-Since later", { "if-modified-since": "Sat, 29 Oct 2022 00:00:00 GMT" }, true],
    ["If-Modified-Since earlier", { "if-modified-since": "Fri, 28 Oct 2022 10:15:29 GMT" }, false],
    ["an unreadable date", { "if-modified-since": "gestern" }, false],
    ["no condition", {}, false],
  ])("%s → %s", (_name, h, expected) => {
    expect(isNotModified(withHeaders(h), v)).toBe(expected);
  });
});

describe("cachedResponse", () => {
  it("answers 304 without building the body when the client's copy is current", async () => {
    const build = vi.fn(() => "body");
    const request = new Request("http://x/", { headers: { "if-none-match": ETAG } });
    const response = await cachedResponse(request, { validators: { etag: ETAG, lastModifiedMs: MODIFIED }, contentType: "text/plain", build });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(ETAG);
    expect(response.headers.get("last-modified")).toBe("Fri, 28 Oct 2022 10:15:30 GMT");
    expect(build).not.toHaveBeenCalled();
  });

  it("builds once per ETag and serves the remembered body to the next new client", async () => {
    const etag = strongEtag(["remember", String(Math.random())]);
    const build = vi.fn(() => "Inhalt");
    const answer = { validators: { etag }, contentType: "text/plain; charset=utf-8", build, varyOnHost: true };
    const first = await cachedResponse(new Request("http://x/"), answer);
    const second = await cachedResponse(new Request("http://x/"), answer);
    expect([first.status, await first.text(), await second.text()]).toEqual([200, "Inhalt", "Inhalt"]);
    expect(build).toHaveBeenCalledTimes(1);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect(first.headers.get("vary")).toBe("Host, X-Forwarded-Host, X-Forwarded-Proto");
    expect(first.headers.get("last-modified")).toBeNull();
  });
});
