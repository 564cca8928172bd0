import { sql } from "kysely";
import { expect, it } from "vitest";
import { PROTOKOLL_APPEND_ONLY_MESSAGE } from "../db/migrations";
import { MINUTE, describeStores, testClock } from "../db/test-stores";
import { appendRecord, countRecord, listRecord } from "./record";

describeStores("record", (ctx) => {
  it("keeps what was appended, with the clock's time, newest first", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    await appendRecord(ctx.db, { actor: "anna@example.org", action: "anmeldung", details: { email: "anna@example.org" } }, clock.now);
    clock.advance(MINUTE);
    await appendRecord(
      ctx.db,
      { actor: "anna@example.org", action: "veroeffentlichung", details: { stand: "2022-10-28", sha256: "ab12", rows: 186, changes: { added: 2, removed: 0, changed: 5 } } },
      clock.now,
    );
    const entries = await listRecord(ctx.db);
    expect(entries.map(({ id: _, ...rest }) => rest)).toEqual([
      {
        at: "2026-03-02T09:01:00.000Z",
        actor: "anna@example.org",
        action: "veroeffentlichung",
        details: { stand: "2022-10-28", sha256: "ab12", rows: 186, changes: { added: 2, removed: 0, changed: 5 } },
      },
      { at: "2026-03-02T09:00:00.000Z", actor: "anna@example.org", action: "anmeldung", details: { email: "anna@example.org" } },
    ]);
    expect(typeof entries[0].id).toBe("number");
  });

  it("filters by action, actor and time, and pages", async () => {
    const clock = testClock("2026-03-02T09:00:00.000Z");
    const add = async (actor: string, action: "anmeldung" | "aktuelles", n: number) => {
      await appendRecord(ctx.db, { actor, action, details: { n } }, clock.now);
      clock.advance(10 * MINUTE);
    };
    await add("anna@example.org", "anmeldung", 1); // 09:00
    await add("bernd@example.org", "anmeldung", 2); // 09:10
    await add("anna@example.org", "aktuelles", 3); // 09:20
    await add("anna@example.org", "aktuelles", 4); // 09:30
    await add("bernd@example.org", "aktuelles", 5); // 09:40

    const ns = (entries: { details: Record<string, unknown> }[]) => entries.map((e) => e.details.n);
    expect(ns(await listRecord(ctx.db, { action: "aktuelles" }))).toEqual([5, 4, 3]);
    expect(ns(await listRecord(ctx.db, { actor: "anna@example.org" }))).toEqual([4, 3, 1]);
    expect(ns(await listRecord(ctx.db, { from: "2026-03-02T09:10:00Z", to: "2026-03-02T09:30:00Z" }))).toEqual([3, 2]);
    expect(ns(await listRecord(ctx.db, { from: "2026-03-02T10:10:00+01:00" }))).toEqual([5, 4, 3, 2]);
    expect(ns(await listRecord(ctx.db, { action: "aktuelles", actor: "anna@example.org", limit: 1 }))).toEqual([4]);
    expect(ns(await listRecord(ctx.db, { limit: 2, offset: 2 }))).toEqual([3, 2]);
    expect(await countRecord(ctx.db, { action: "aktuelles" })).toBe(3);
    expect(await countRecord(ctx.db)).toBe(5);
    expect(await listRecord(ctx.db, { to: "2026-03-01" })).toEqual([]);
  });

  it("refuses an action outside the contract's list", async () => {
    await expect(appendRecord(ctx.db, { actor: "x", action: "loeschen" as never })).rejects.toThrow(/Unknown record action/);
    expect(await countRecord(ctx.db)).toBe(0);
  });

  it("the database refuses UPDATE and DELETE of record entries", async () => {
    await appendRecord(ctx.db, { actor: "anna@example.org", action: "konto", details: { event: "angelegt" } });
    await expect(ctx.db.updateTable("protokoll").set({ actor: "niemand" }).execute()).rejects.toThrow(PROTOKOLL_APPEND_ONLY_MESSAGE);
    await expect(sql`update protokoll set details = '{}'`.execute(ctx.db)).rejects.toThrow(PROTOKOLL_APPEND_ONLY_MESSAGE);
    await expect(ctx.db.deleteFrom("protokoll").execute()).rejects.toThrow(PROTOKOLL_APPEND_ONLY_MESSAGE);
    await expect(sql`delete from protokoll where 1 = 1`.execute(ctx.db)).rejects.toThrow(PROTOKOLL_APPEND_ONLY_MESSAGE);
    if (ctx.store === "PostgreSQL") {
      await expect(sql`truncate protokoll`.execute(ctx.db)).rejects.toThrow(PROTOKOLL_APPEND_ONLY_MESSAGE);
    }
    const entries = await listRecord(ctx.db);
    expect(entries.map((e) => [e.actor, e.details])).toEqual([["anna@example.org", { event: "angelegt" }]]);
  });
});
