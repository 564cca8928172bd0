import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Headers of every answer, static files included. The Content-Security-Policy (with a nonce per
 * request) and Strict-Transport-Security depend on the request and are set in proxy.ts
 * (lib/http/security-headers.ts); so are the proxy's own answers (lib/http/answers.ts).
 */
const securityHeaders = [
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Pin the workspace root: a lockfile in a parent folder must not change what is traced.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // No image optimiser: the app has no images to resize, and /_next/image would write into the
  // build's cache on request. The proxy answers that address with a 404.
  images: { unoptimized: true },
  // Server-only libraries (encodings, workbooks); keep them out of the bundler.
  serverExternalPackages: ["iconv-lite", "exceljs", "@e965/xlsx"],
  experimental: {
    // "Datei prüfen" accepts up to 25 MB (lib/overview/check-upload-size.ts) and says so in German.
    // Both transport limits sit just above it, so that our checks, not the framework, answer:
    // the server action's body limit, and the proxy's, which would otherwise cut request bodies
    // at 10 MB. The proxy refuses bodies over 25.5 MB with a German 413 (lib/http/request-size.ts);
    // it sees at most proxyClientMaxBodySize of a body, so that limit must stay above 25.5 MB.
    serverActions: { bodySizeLimit: "26mb" },
    proxyClientMaxBodySize: "26mb",
  },
};

export default nextConfig;
