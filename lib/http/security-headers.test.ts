import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only from this host and with the request's nonce, never inline", () => {
    const policy = contentSecurityPolicy("abc123==", false);
    const directives = new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));
    expect(directives.get("script-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(directives.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    // Only style attributes may be inline (the charts' colours); no script source may be.
    expect(directives.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(policy).not.toContain("unsafe-eval");
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
  });

  it("adds eval in development only (React's error overlay)", () => {
    expect(contentSecurityPolicy("n", true)).toContain("script-src 'self' 'nonce-n' 'unsafe-eval'");
  });

  it("makes a new unguessable nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent by default only when the request came over HTTPS, also behind a reverse proxy", () => {
    expect(strictTransportSecurity("http:", null, {})).toBeNull();
    expect(strictTransportSecurity("https:", null, {})).toBe("max-age=31536000");
    expect(strictTransportSecurity("http:", "https", {})).toBe("max-age=31536000");
    expect(strictTransportSecurity("http:", "HTTPS, http", {})).toBe("max-age=31536000");
    expect(strictTransportSecurity("http:", "http", {})).toBeNull();
  });

  it("can be switched off or forced, and its max-age set, by environment variables", () => {
    expect(strictTransportSecurity("https:", "https", { HSTS: "off" })).toBeNull();
    expect(strictTransportSecurity("http:", null, { HSTS: "always" })).toBe("max-age=31536000");
    expect(strictTransportSecurity("https:", null, { HSTS_MAX_AGE: "600" })).toBe("max-age=600");
    expect(strictTransportSecurity("https:", null, { HSTS_MAX_AGE: "viel" })).toBe("max-age=31536000");
  });
});
