import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The same "@/…" imports as the app (tsconfig paths).
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Unit tests run server modules directly; the marker only guards the browser bundle.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.tsx"],
    environment: "node",
    testTimeout: 30_000,
  },
});
