import { describe, expect, it } from "vitest";
import { methodAllowed, methodNotAllowed } from "./methods";

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe("methodAllowed", () => {
  it("lets pages be read, and posted to only as a form or a server action", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(methodAllowed(method, "/", headers())).toBe(true);
    for (const method of ["PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"]) expect(methodAllowed(method, "/kommunen", headers())).toBe(false);
    expect(methodAllowed("POST", "/", headers())).toBe(false);
    expect(methodAllowed("POST", "/", headers({ "content-type": "application/json" }))).toBe(false);
    expect(methodAllowed("POST", "/pruefen", headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(methodAllowed("POST", "/pruefen", headers({ "next-action": "abc" }))).toBe(true);
  });

  it("leaves API methods to the routes (they answer 405 themselves), except those no route can have", () => {
    expect(methodAllowed("PUT", "/api/leistungen", headers())).toBe(true);
    expect(methodAllowed("TRACE", "/api/leistungen", headers())).toBe(false);
  });
});

describe("methodNotAllowed", () => {
  it("answers pages with a German HTML page and the API with German JSON, both with Allow", () => {
    const page = methodNotAllowed("DELETE", "/");
    expect(page.status).toBe(405);
    expect(page.headers.Allow).toBe("GET, HEAD, OPTIONS");
    expect(page.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(page.body).toContain("Die Methode DELETE ist hier nicht erlaubt. Erlaubt: GET, HEAD, OPTIONS.");
    const api = methodNotAllowed("TRACE", "/api/export");
    expect(JSON.parse(api.body)).toEqual({ error: "Die Methode TRACE ist hier nicht erlaubt. Erlaubt: GET, HEAD, OPTIONS." });
  });

  it("does not echo markup from a made-up method name", () => {
    expect(methodNotAllowed("<script>", "/").body).not.toContain("<script>");
  });
});
