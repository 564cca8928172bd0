/**
 * The app's public address (scheme, host, optional path), needed where links must be absolute:
 * feeds, calendars, DCAT metadata, the OpenAPI document and the subscribe links.
 *
 * The operator sets PUBLIC_BASE_URL (e.g. https://ozg.sachsen-anhalt.de). Without it the
 * address is derived from the request: X-Forwarded-Proto / X-Forwarded-Host (set by a reverse
 * proxy), else Host, else the request URL. Header values are accepted only when they are a plain
 * scheme (http/https) and a syntactically valid host[:port]; anything else is ignored, so a
 * forged header can neither inject markup nor a path into the links.
 */

export const BASE_URL_ENV = "PUBLIC_BASE_URL";

/** Anything with a case-insensitive get(), like Headers or Next's headers(). */
export interface HeaderSource {
  get(name: string): string | null;
}

export interface BaseUrl {
  /** Without trailing slash, e.g. "https://ozg.sachsen-anhalt.de". */
  url: string;
  /** True when taken from request headers: answers then vary with them (see varyHeader). */
  fromRequest: boolean;
}

/** Answers whose links depend on the request's host name say so to caches. */
export const VARY_ON_HOST = "Host, X-Forwarded-Host, X-Forwarded-Proto";

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOST_RE = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]+\\])(?::\\d{1,5})?$`, "i");

/** The first value of a comma-separated header (proxies append theirs), trimmed. */
function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

function validHost(value: string | null): string | null {
  return value && HOST_RE.test(value) ? value.toLowerCase() : null;
}

function validProto(value: string | null): "http" | "https" | null {
  const proto = value?.toLowerCase();
  return proto === "http" || proto === "https" ? proto : null;
}

let warned = false;

/** PUBLIC_BASE_URL checked: an absolute http(s) URL without query, fragment or credentials. */
export function configuredBaseUrl(value: string | undefined = process.env[BASE_URL_ENV]): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL("invalid:");
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash || url.username || url.password) {
    if (!warned) {
      warned = true;
      console.warn(`${BASE_URL_ENV} ist ungültig („${raw}“; erwartet z. B. https://ozg.sachsen-anhalt.de) und wird ignoriert.`);
    }
    return null;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * The public base URL for this request. `requestUrl` is the URL the server saw (route
 * handlers have it; pages pass nothing and fall back to Host).
 */
export function publicBaseUrl(headers: HeaderSource, requestUrl?: string, env: string | undefined = process.env[BASE_URL_ENV]): BaseUrl {
  const configured = configuredBaseUrl(env);
  if (configured) return { url: configured, fromRequest: false };
  const fallback = requestUrl ? new URL(requestUrl) : null;
  const proto =
    validProto(firstValue(headers.get("x-forwarded-proto"))) ?? validProto(fallback?.protocol.replace(":", "") ?? null) ?? "http";
  const host =
    validHost(firstValue(headers.get("x-forwarded-host"))) ??
    validHost(headers.get("host")?.trim() ?? null) ??
    validHost(fallback?.host ?? null) ??
    "localhost";
  return { url: `${proto}://${host}`, fromRequest: true };
}

/** An absolute URL for an app path ("/aktuelles/x") or an absolute URL (kept). */
export function absoluteUrl(base: string, pathOrUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) return pathOrUrl;
  return `${base}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
}
