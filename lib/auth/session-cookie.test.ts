import { describe, expect, it } from "vitest";
import { clearedSessionCookie, isHttpsRequest, sessionCookieOptions } from "./session-cookie";

const h = (headers: Record<string, string>) => new Headers(headers);

describe("session cookie", () => {
  it("is httpOnly, SameSite=Lax, for the whole site, Secure only when asked", () => {
    expect(sessionCookieOptions(true)).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    expect(sessionCookieOptions(false).secure).toBe(false);
  });

  it("is Secure when PUBLIC_BASE_URL is https, whatever the request says", () => {
    expect(isHttpsRequest(h({ host: "10.0.0.5:3000" }), "https://ozg.sachsen-anhalt.de")).toBe(true);
    expect(isHttpsRequest(h({ host: "10.0.0.5:3000", "x-forwarded-proto": "https" }), "http://intern.example")).toBe(false);
  });

  it("without PUBLIC_BASE_URL follows the request's scheme (X-Forwarded-Proto of a proxy)", () => {
    expect(isHttpsRequest(h({ host: "ozg.example.de", "x-forwarded-proto": "https" }), undefined)).toBe(true);
    expect(isHttpsRequest(h({ host: "127.0.0.1:3203" }), undefined)).toBe(false);
    expect(isHttpsRequest(h({ host: "127.0.0.1:3203", "x-forwarded-proto": "gopher" }), "")).toBe(false);
  });

  it("is cleared with the same attributes", () => {
    expect(clearedSessionCookie(false)).toBe("sitzung=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax");
    expect(clearedSessionCookie(true)).toMatch(/; Secure$/);
  });
});
