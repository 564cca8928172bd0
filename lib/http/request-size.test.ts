import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BYTES, bodyTooLarge, exceedsLimit } from "./request-size";

function streamed(chunks: number, chunkBytes: number): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  return new Request("http://localhost/pruefen", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("exceedsLimit", () => {
  it("decides by Content-Length when it is given", async () => {
    const request = (length: number) => new Request("http://localhost/", { method: "POST", headers: { "content-length": String(length) } });
    expect(await exceedsLimit(request(MAX_REQUEST_BYTES))).toBe(false);
    expect(await exceedsLimit(request(MAX_REQUEST_BYTES + 1))).toBe(true);
  });

  it("counts a streamed body without Content-Length, and stops reading once it is too large", async () => {
    expect(await exceedsLimit(streamed(10, 1000), 10_000)).toBe(false);
    expect(await exceedsLimit(streamed(11, 1000), 10_000)).toBe(true);
    expect(await exceedsLimit(streamed(1_000_000, 1000), 10_000)).toBe(true);
  });

  it("stays below the proxy's own body limit of 26 MB, which it could not see past", () => {
    expect(MAX_REQUEST_BYTES).toBeLessThan(26 * 1024 * 1024);
    expect(MAX_REQUEST_BYTES).toBeGreaterThan(25 * 1024 * 1024);
  });
});

describe("bodyTooLarge", () => {
  it("says in German how large the request was and what is allowed", () => {
    expect(bodyTooLarge(MAX_REQUEST_BYTES, 30 * 1024 * 1024)).toBe(
      "Die Anfrage ist zu groß (30 MB). Erlaubt sind höchstens 25,5 MB (eine Datei bis 25 MB); größere Dateien bitte mit „npm run validate“ prüfen.",
    );
  });
});
