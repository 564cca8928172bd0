import { expect, it } from "vitest";
import { describeStores, testClock } from "../db/test-stores";
import { DRAFT_LIFETIME_MS, deleteDraft, getDraft, saveDraft } from "./drafts";

describeStores("Drafts of uploads", (ctx) => {
  const bytes = new TextEncoder().encode("OZG-ID;Leistung\r\n");

  it("keeps a draft with its bytes for a day, then it is gone", async () => {
    const clock = testClock("2026-12-01T10:00:00.000Z");
    const id = await saveDraft(ctx.db, { fileName: "stand.csv", sha256: "a".repeat(64), rows: 1, bytes, createdBy: "anna@example.org" }, clock.now);
    const draft = await getDraft(ctx.db, id, clock.now);
    expect(draft).toMatchObject({ id, fileName: "stand.csv", rows: 1, createdBy: "anna@example.org", createdAt: "2026-12-01T10:00:00.000Z" });
    expect(Buffer.from(draft!.bytes).equals(Buffer.from(bytes))).toBe(true);
    clock.advance(DRAFT_LIFETIME_MS + 1);
    expect(await getDraft(ctx.db, id, clock.now)).toBeUndefined();
  });

  it("is dropped on request; unknown and malformed ids find nothing", async () => {
    const id = await saveDraft(ctx.db, { fileName: "stand.csv", sha256: "a".repeat(64), rows: 1, bytes, createdBy: "anna@example.org" });
    await deleteDraft(ctx.db, id);
    expect(await getDraft(ctx.db, id)).toBeUndefined();
    expect(await getDraft(ctx.db, "../../etc/passwd")).toBeUndefined();
    expect(await getDraft(ctx.db, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});
