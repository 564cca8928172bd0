import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

const xff = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("without TRUST_PROXY takes the single address Next.js filled in from the connection", () => {
    expect(clientAddress(xff("127.0.0.1"), undefined)).toBe("127.0.0.1");
    expect(clientAddress(xff("::ffff:192.0.2.7"), undefined)).toBe("192.0.2.7");
    expect(clientAddress(xff("2001:db8::1"), undefined)).toBe("2001:db8::1");
  });

  it("without TRUST_PROXY ignores a list (a sender claims a chain nobody vouches for) and garbage", () => {
    expect(clientAddress(xff("203.0.113.9, 127.0.0.1"), undefined)).toBeUndefined();
    expect(clientAddress(xff("kein-ip"), undefined)).toBeUndefined();
    expect(clientAddress(xff(), undefined)).toBeUndefined();
  });

  it("with TRUST_PROXY=N takes the N-th address from the right, as the outermost trusted proxy saw it", () => {
    expect(clientAddress(xff("198.51.100.1, 203.0.113.9"), "1")).toBe("203.0.113.9");
    expect(clientAddress(xff("198.51.100.1, 203.0.113.9, 10.0.0.2"), "2")).toBe("203.0.113.9");
    expect(clientAddress(xff("203.0.113.9"), "3")).toBe("203.0.113.9");
    expect(clientAddress(xff("203.0.113.9"), "true")).toBe("203.0.113.9");
  });

  it("reads TRUST_PROXY as a number of proxies", () => {
    expect([undefined, "", "0", "false", "nein"].map(trustedProxyHops)).toEqual([0, 0, 0, 0, 0]);
    expect(["1", "true", "ja", "2", "99", "irgendwas"].map(trustedProxyHops)).toEqual([1, 1, 1, 2, 10, 1]);
  });
});
