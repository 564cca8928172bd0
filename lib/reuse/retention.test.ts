import { expect, it } from "vitest";
import { describeStores, testClock } from "../db/test-stores";
import { listRecord } from "../record/record";
import { confirmDeclaration, createDeclaration, declarationByToken, getDeclaration, setStatus, withdrawByToken } from "./declarations";
import { kreisByKey } from "../reuse-vocabulary/kommunen";
import { applyRetention } from "./retention";

const DAY = 86_400_000;

function fields(gemeinde: string | null = null) {
  return {
    ozgId: "10257",
    kommune: { kreis: kreisByKey("15085")!, gemeinde, ags: null },
    kontakt: { name: "Erika Musterfrau", email: "erika@kreis-hz.example", telefon: "03941 1" },
    start: "2026-09",
    kommentar: "Kommentar mit Namen",
    late: false,
    callId: null,
  };
}

describeStores("retention", (ctx) => {
  it("deletes contact data 90 days after a withdrawal or go-live, not a day earlier, and voids the link", async () => {
    const clock = testClock("2026-01-01T10:00:00.000Z");
    const withdrawn = await createDeclaration(ctx.db, fields("Wernigerode"), clock.now);
    const live = await createDeclaration(ctx.db, fields(), clock.now);
    const active = await createDeclaration(ctx.db, fields("Quedlinburg"), clock.now);
    for (const d of [withdrawn, live, active]) await confirmDeclaration(ctx.db, d.token, clock.now);
    await withdrawByToken(ctx.db, withdrawn.token, clock.now);
    await setStatus(ctx.db, { id: live.declaration.id, status: "in-betrieb", note: null, actor: "a" }, clock.now);

    clock.advance(90 * DAY - 1000);
    expect(await applyRetention(ctx.db, clock.now)).toEqual({ anonymised: 0, unconfirmedDeleted: 0, replacedDeleted: 0 });
    clock.advance(1000);
    expect(await applyRetention(ctx.db, clock.now)).toEqual({ anonymised: 2, unconfirmedDeleted: 0, replacedDeleted: 0 });
    for (const d of [withdrawn, live]) {
      expect(await getDeclaration(ctx.db, d.declaration.id)).toMatchObject({ kontakt: null, kommentar: null });
      expect(await declarationByToken(ctx.db, d.token)).toBeUndefined();
    }
    expect(await getDeclaration(ctx.db, live.declaration.id)).toMatchObject({ status: "in-betrieb", ozgId: "10257" });
    expect((await getDeclaration(ctx.db, active.declaration.id))?.kontakt?.email).toBe("erika@kreis-hz.example");
    // Once is enough: a second run finds nothing.
    expect((await applyRetention(ctx.db, clock.now)).anonymised).toBe(0);
    const record = await listRecord(ctx.db, { action: "nachnutzung", actor: "System" });
    expect(record.map((e) => e.details.event)).toEqual(["kontaktdaten-geloescht", "kontaktdaten-geloescht"]);
    expect(JSON.stringify(record)).not.toContain("erika@");
  });

  it("deletes declarations nobody confirmed within 30 days, and replaced ones after 90", async () => {
    const clock = testClock("2026-01-01T10:00:00.000Z");
    const unconfirmed = await createDeclaration(ctx.db, fields("Ilsenburg"), clock.now);
    const first = await createDeclaration(ctx.db, fields(), clock.now);
    await confirmDeclaration(ctx.db, first.token, clock.now);
    const second = await createDeclaration(ctx.db, fields(), clock.now);
    await confirmDeclaration(ctx.db, second.token, clock.now);
    clock.advance(30 * DAY);
    expect(await applyRetention(ctx.db, clock.now)).toMatchObject({ unconfirmedDeleted: 1, replacedDeleted: 0 });
    expect(await getDeclaration(ctx.db, unconfirmed.declaration.id)).toBeUndefined();
    clock.advance(60 * DAY);
    expect(await applyRetention(ctx.db, clock.now)).toMatchObject({ replacedDeleted: 1 });
    expect(await getDeclaration(ctx.db, first.declaration.id)).toBeUndefined();
    expect((await getDeclaration(ctx.db, second.declaration.id))?.status).toBe("interesse");
  });
});
