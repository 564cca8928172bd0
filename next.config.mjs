import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Pin the workspace root: a lockfile in a parent folder must not change what is traced.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // iconv-lite and papaparse run on the server only; keep them out of the bundler.
  serverExternalPackages: ["iconv-lite"],
  experimental: {
    // "Datei prüfen" accepts up to 25 MB (lib/overview/check-upload-size.ts) and says so in German;
    // the transport limit sits just above it so that the check, not the framework, answers.
    serverActions: { bodySizeLimit: "26mb" },
  },
};

export default nextConfig;
