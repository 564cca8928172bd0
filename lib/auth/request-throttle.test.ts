import { expect, it } from "vitest";
import { MINUTE, describeStores, testClock } from "../db/test-stores";
import { retryText, takeRequest } from "./request-throttle";

const limit = { scope: "test", max: 3, windowMs: 10 * MINUTE };

describeStores("request throttle", (ctx) => {
  it("allows max requests per key in the window, then says how long to wait; other keys are not affected", async () => {
    const clock = testClock();
    for (let i = 0; i < 3; i++) {
      expect(await takeRequest(ctx.db, [{ limit, key: "192.0.2.1" }], clock.now)).toEqual({ allowed: true });
      clock.advance(MINUTE);
    }
    expect(await takeRequest(ctx.db, [{ limit, key: "192.0.2.1" }], clock.now)).toEqual({ allowed: false, retryAfterSeconds: 7 * 60 });
    expect(await takeRequest(ctx.db, [{ limit, key: "192.0.2.2" }], clock.now)).toEqual({ allowed: true });
    clock.advance(7 * MINUTE);
    expect(await takeRequest(ctx.db, [{ limit, key: "192.0.2.1" }], clock.now)).toEqual({ allowed: true });
  });

  it("keeps only digests of the keys, counts a request under every limit, and skips limits without key", async () => {
    const overall = { scope: "alle", max: 2, windowMs: 10 * MINUTE };
    expect(await takeRequest(ctx.db, [{ limit, key: "192.0.2.1" }, { limit: overall, key: "alle" }])).toEqual({ allowed: true });
    expect(await takeRequest(ctx.db, [{ limit, key: undefined }, { limit: overall, key: "alle" }])).toEqual({ allowed: true });
    expect((await takeRequest(ctx.db, [{ limit, key: "192.0.2.3" }, { limit: overall, key: "alle" }])).allowed).toBe(false);
    const rows = await ctx.db.selectFrom("request_events").select("key_hash").execute();
    expect(rows.map((r) => r.key_hash).join(" ")).not.toContain("192.0.2");
    expect(retryText(61)).toBe("Bitte versuchen Sie es in 2 Minuten erneut.");
  });
});
