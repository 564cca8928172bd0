import { describe, expect, it } from "vitest";
import { exportResponse } from "../api/export";
import { useDataDir } from "../test/data-dir";

useDataDir("data");

describe("an export the client drops", () => {
  it("ends without an uncaught error, CSV and xlsx alike", async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on("uncaughtException", onError);
    try {
      for (const format of ["xlsx", "csv"]) {
        const response = await exportResponse(new URLSearchParams({ format }));
        expect(response.status).toBe(200);
        await response.body?.cancel();
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      process.off("uncaughtException", onError);
    }
    expect(errors).toEqual([]);
  });
});
