import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Pin the workspace root: a lockfile in a parent folder must not change what is traced.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // iconv-lite runs on the server only; keep it out of the bundler.
  serverExternalPackages: ["iconv-lite"],
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
