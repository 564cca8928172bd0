import { expect, it } from "vitest";
import { describeStores, testClock } from "../db/test-stores";
import { listRecord } from "../record/record";
import { createCall, deleteCall, getCall, listCalls, updateCall } from "./calls";
import { createDeclaration } from "./declarations";
import { kreisByKey } from "../reuse-vocabulary/kommunen";

describeStores("reuse calls", (ctx) => {
  it("are created, changed and deleted by staff, each step on record", async () => {
    const clock = testClock();
    const call = await createCall(ctx.db, { ozgIds: ["10257", "10035"], frist: "2022-11-21", text: "Bitte bis 21.11. melden.", newsSlug: "einbuergerung-nachnutzung", actor: "anna@example.org" }, clock.now);
    expect(call).toMatchObject({ ozgIds: ["10257", "10035"], frist: "2022-11-21", newsSlug: "einbuergerung-nachnutzung", createdBy: "anna@example.org" });
    const changed = await updateCall(ctx.db, call.id, { ozgIds: ["10257"], frist: "2022-11-30", text: "Verlängert.", newsSlug: null, actor: "ben@example.org" }, clock.now);
    expect(changed).toMatchObject({ ozgIds: ["10257"], frist: "2022-11-30", text: "Verlängert.", newsSlug: null, updatedBy: "ben@example.org" });
    expect(await updateCall(ctx.db, "00000000-0000-0000-0000-000000000000", { ozgIds: ["1"], frist: "2022-11-30", text: "x", newsSlug: null, actor: "a" })).toBeUndefined();
    expect((await listCalls(ctx.db)).map((c) => c.id)).toEqual([call.id]);
    expect(await deleteCall(ctx.db, call.id, "anna@example.org", clock.now)).toBe(true);
    expect(await deleteCall(ctx.db, call.id, "anna@example.org", clock.now)).toBe(false);
    expect(await getCall(ctx.db, call.id)).toBeUndefined();
    expect((await listRecord(ctx.db, { action: "nachnutzung" })).map((e) => e.details.event)).toEqual(["abfrage-geloescht", "abfrage-geaendert", "abfrage-angelegt"]);
  });

  it("can be deleted while declarations answered them: those keep their late mark", async () => {
    const call = await createCall(ctx.db, { ozgIds: ["10257"], frist: "2022-11-21", text: "x", newsSlug: null, actor: "a" });
    const { declaration } = await createDeclaration(ctx.db, {
      ozgId: "10257",
      kommune: { kreis: kreisByKey("15085")!, gemeinde: null, ags: null },
      kontakt: { name: "Erika", email: "e@example.org", telefon: null },
      start: "2026-09",
      kommentar: null,
      late: true,
      callId: call.id,
    });
    await deleteCall(ctx.db, call.id, "a");
    const row = await ctx.db.selectFrom("reuse_declarations").select(["late", "call_id"]).where("id", "=", declaration.id).executeTakeFirstOrThrow();
    expect([Number(row.late), row.call_id]).toEqual([1, null]);
  });
});
