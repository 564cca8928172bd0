import { describe, expect, it } from "vitest";
import { conditional } from "./conditional";
import { json } from "./json";

const get = (headers: Record<string, string> = {}) => new Request("http://localhost/api/leistungen", { headers });

describe("json and conditional", () => {
  it("marks successful answers no-cache with an ETag of the body, errors no-store without one", () => {
    const ok = json({ a: 1 });
    expect(ok.headers.get("cache-control")).toBe("no-cache");
    expect(ok.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(json({ a: 1 }).headers.get("etag")).toBe(ok.headers.get("etag"));
    expect(json({ a: 2 }).headers.get("etag")).not.toBe(ok.headers.get("etag"));
    const error = json({ error: "x" }, 400);
    expect(error.headers.get("cache-control")).toBe("no-store");
    expect(error.headers.get("etag")).toBeNull();
  });

  it("answers 304 without a body when the client has the same ETag, else the full answer", async () => {
    const etag = json({ a: 1 }).headers.get("etag")!;
    const same = conditional(get({ "if-none-match": etag }), json({ a: 1 }));
    expect(same.status).toBe(304);
    expect(same.headers.get("etag")).toBe(etag);
    expect(await same.text()).toBe("");
    expect(conditional(get({ "if-none-match": `W/${etag}, "other"` }), json({ a: 1 })).status).toBe(304);
    const changed = conditional(get({ "if-none-match": etag }), json({ a: 2 }));
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ a: 2 });
    expect(conditional(get(), json({ a: 1 })).status).toBe(200);
  });
});
