import { describe, expect, it } from "vitest";
import { processShared } from "./process-shared";

describe("processShared", () => {
  it("creates the value once and hands every later caller the same one", () => {
    let created = 0;
    const first = processShared("test.process-shared", () => ({ n: ++created }));
    const second = processShared("test.process-shared", () => ({ n: ++created }));
    expect(second).toBe(first);
    expect(created).toBe(1);
  });

  it("keeps it where another copy of the module finds it: under the registered symbol on globalThis", () => {
    const value = processShared("test.process-shared-global", () => new Map<string, number>());
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for("ozg-nachnutzungsuebersicht.test.process-shared-global")]).toBe(value);
  });
});
