/**
 * The client address for the per-address sign-in throttle.
 *
 * Next.js does not hand the connection's address to route handlers; it only fills in
 * X-Forwarded-For with it when the request came without that header. So:
 * - without TRUST_PROXY, the address is X-Forwarded-For only when it is exactly one address (what
 *   Next.js filled in); a list means someone in front claims more, and no address is used (the
 *   per-account limit still holds). A client talking to the app directly can send a single address
 *   of its choice: run the app behind a reverse proxy in production.
 * - with TRUST_PROXY=N (1 to 10; "true" means 1), the app is behind N proxies that each append the
 *   address they saw: the N-th address from the right is the client as the outermost proxy saw it.
 */
import { isIP } from "node:net";
import type { HeaderSource } from "../http/base-url";

const MAX_HOPS = 10;

/** How many proxies in front of the app append to X-Forwarded-For (0: none is trusted). */
export function trustedProxyHops(value: string | undefined): number {
  const raw = value?.trim().toLowerCase();
  if (!raw || raw === "0" || raw === "false" || raw === "no" || raw === "nein") return 0;
  if (raw === "true" || raw === "yes" || raw === "ja") return 1;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_HOPS) : 1;
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. */
function normalized(address: string): string {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  return bare.toLowerCase().startsWith("::ffff:") && isIP(bare.slice(7)) === 4 ? bare.slice(7) : bare.toLowerCase();
}

export function clientAddress(headers: HeaderSource, trustProxy: string | undefined = process.env.TRUST_PROXY): string | undefined {
  const list = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const hops = trustedProxyHops(trustProxy);
  const chosen = hops === 0 ? (list.length === 1 ? list[0] : undefined) : list[Math.max(0, list.length - hops)];
  if (!chosen) return undefined;
  const address = normalized(chosen);
  return isIP(address) ? address : undefined;
}
