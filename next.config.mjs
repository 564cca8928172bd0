import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The browser enforces what the tests check: no request to any other host (DSGVO). Inline
 * scripts and styles come from Next's own hydration and Recharts' style attributes; in
 * development Next also needs eval, so the policy applies to production builds only.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Pin the workspace root: a lockfile in a parent folder must not change what is traced.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  async headers() {
    return process.env.NODE_ENV === "production" ? [{ source: "/:path*", headers: securityHeaders }] : [];
  },
  // Server-only libraries (encodings, workbooks); keep them out of the bundler.
  serverExternalPackages: ["iconv-lite", "exceljs", "@e965/xlsx"],
  experimental: {
    // "Datei prüfen" accepts up to 25 MB (lib/overview/check-upload-size.ts) and says so in German.
    // Both transport limits sit just above it, so that the check, not the framework, answers:
    // the server action's body limit, and the proxy's (proxy.ts), which would otherwise cut
    // request bodies at 10 MB.
    serverActions: { bodySizeLimit: "26mb" },
    proxyClientMaxBodySize: "26mb",
  },
};

export default nextConfig;
