import { describe, expect, it } from "vitest";
import { DataSourceError } from "../store/errors";
import { serializeError, transferables } from "./tasks";

describe("transferables", () => {
  it("finds the buffer of every typed array in a nested value, each once", () => {
    const shared = new Uint32Array(4);
    const value = { a: new Uint16Array(2), b: { c: [new Float64Array(1), shared], d: shared.subarray(1) }, e: "text", f: 3 };
    const buffers = transferables(value);
    expect(buffers).toHaveLength(3);
    expect(buffers).toContain(shared.buffer);
    expect(buffers).toContain(value.a.buffer);
  });
});

describe("serializeError", () => {
  it("keeps a DataSourceError's problems and their count for the main thread", () => {
    const problem = { row: 2, line: 2, column: "Phase", value: "x", message: "Zeile 2: …", text: "…" };
    expect(serializeError(new DataSourceError("kaputt", [problem], 7))).toEqual({ name: "DataSourceError", message: "kaputt", problems: [problem], problemCount: 7 });
    expect(serializeError(new RangeError("zu tief"))).toEqual({ name: "RangeError", message: "zu tief" });
  });
});
