/**
 * Cross-site protection for every state-changing request of the staff area (forms, server
 * actions, the publishing API): a browser says where a request comes from (Sec-Fetch-Site,
 * Origin); a request another site made it send is refused with 403. Requests without either
 * header do not come from a browser page (scripts, curl) and carry no cookie-borne risk.
 */
import { type HeaderSource, configuredBaseUrl } from "../http/base-url";

export const CROSS_SITE_MESSAGE =
  "Abgelehnt: Die Anfrage kam nicht von dieser Website (Schutz vor Cross-Site-Anfragen). Bitte verwenden Sie die Formulare der Verwaltung.";

function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim().toLowerCase();
  return first ? first : null;
}

/** The host names (with port) this server answers as: Host, X-Forwarded-Host, PUBLIC_BASE_URL. */
function ownHosts(headers: HeaderSource, publicBaseUrl: string | undefined): Set<string> {
  const hosts = new Set<string>();
  const host = firstValue(headers.get("host"));
  if (host) hosts.add(host);
  const forwarded = firstValue(headers.get("x-forwarded-host"));
  if (forwarded) hosts.add(forwarded);
  const configured = configuredBaseUrl(publicBaseUrl);
  if (configured) hosts.add(new URL(configured).host.toLowerCase());
  return hosts;
}

/** null when the request may change something; else the German reason (answer 403). */
export function crossSiteProblem(headers: HeaderSource, publicBaseUrl: string | undefined = process.env.PUBLIC_BASE_URL): string | null {
  const site = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (site === "cross-site" || site === "same-site") return CROSS_SITE_MESSAGE;
  const origin = headers.get("origin")?.trim();
  if (origin === undefined || origin === "") return null;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return CROSS_SITE_MESSAGE;
    host = url.host.toLowerCase();
  } catch {
    // "null" (a sandboxed frame, a privacy-hiding redirect) or garbage: not provably this site.
    return CROSS_SITE_MESSAGE;
  }
  return ownHosts(headers, publicBaseUrl).has(host) ? null : CROSS_SITE_MESSAGE;
}

/** True for methods that change nothing (no check needed). */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}
