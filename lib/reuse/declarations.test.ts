import { sql } from "kysely";
import { expect, it } from "vitest";
import { sha256Hex } from "../auth/digest";
import { HOUR, describeStores, testClock } from "../db/test-stores";
import { listRecord } from "../record/record";
import type { DeclarationFields } from "./declaration-input";
import {
  changeDeclaration,
  confirmDeclaration,
  createDeclaration,
  declarationByToken,
  deleteContactByToken,
  listDeclarations,
  publicDeclarationRows,
  setStatus,
  withdrawByToken,
} from "./declarations";
import { kreisByKey } from "../reuse-vocabulary/kommunen";
import { PROGRESS } from "../reuse-vocabulary/status";

const CONTACT = { name: "Erika Musterfrau", email: "erika.musterfrau@kreis-hz.example", telefon: "03941 5970" };

function fields(overrides: Partial<DeclarationFields> = {}): DeclarationFields & { late: boolean; callId: null } {
  return {
    ozgId: "10257",
    kommune: { kreis: kreisByKey("15085")!, gemeinde: null, ags: null },
    kontakt: CONTACT,
    start: "2026-09",
    kommentar: "Start im Herbst",
    late: false,
    callId: null,
    ...overrides,
  };
}

describeStores("reuse declarations", (ctx) => {
  it("are stored unconfirmed with a private link whose token is kept only as SHA-256", async () => {
    const { declaration, token } = await createDeclaration(ctx.db, fields());
    expect(declaration).toMatchObject({ status: "unbestaetigt", ozgId: "10257", kontakt: CONTACT, start: "2026-09", late: false, confirmedAt: null });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await ctx.db.selectFrom("reuse_declarations").select("token_hash").executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(sha256Hex(token));
    expect((await declarationByToken(ctx.db, token))?.id).toBe(declaration.id);
    expect(await declarationByToken(ctx.db, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeUndefined();
    expect(await declarationByToken(ctx.db, "kurz")).toBeUndefined();
  });

  it("are confirmed through the link, once; the token works only for its own declaration", async () => {
    const a = await createDeclaration(ctx.db, fields());
    const b = await createDeclaration(ctx.db, fields({ ozgId: "10035" }));
    const confirmed = await confirmDeclaration(ctx.db, a.token);
    expect(confirmed).toMatchObject({ ok: true, declaration: { id: a.declaration.id, status: "interesse" } });
    expect((await declarationByToken(ctx.db, b.token))?.status).toBe("unbestaetigt");
    expect(await confirmDeclaration(ctx.db, a.token)).toMatchObject({ ok: false, reason: "already-confirmed" });
  });

  it("move through every status with date and note, in history and record, never with contact data in the record", async () => {
    const clock = testClock();
    const { declaration, token } = await createDeclaration(ctx.db, fields(), clock.now);
    await confirmDeclaration(ctx.db, token, clock.now);
    for (const [i, status] of PROGRESS.slice(1).entries()) {
      clock.advance(HOUR);
      const outcome = await setStatus(ctx.db, { id: declaration.id, status, note: `Schritt ${i + 1}`, date: `2026-03-0${i + 2}`, actor: "anna@example.org" }, clock.now);
      expect(outcome).toMatchObject({ ok: true, declaration: { status } });
    }
    const history = (await declarationByToken(ctx.db, token))!.history;
    expect(history.map((h) => [h.status, h.previousStatus, h.date, h.note, h.actor])).toEqual([
      ["unbestaetigt", null, "2026-03-02", null, "Kommune (privater Link)"],
      ["interesse", "unbestaetigt", "2026-03-02", null, "Kommune (privater Link)"],
      ["in-abstimmung", "interesse", "2026-03-02", "Schritt 1", "anna@example.org"],
      ["vereinbarung", "in-abstimmung", "2026-03-03", "Schritt 2", "anna@example.org"],
      ["angebunden", "vereinbarung", "2026-03-04", "Schritt 3", "anna@example.org"],
      ["in-betrieb", "angebunden", "2026-03-05", "Schritt 4", "anna@example.org"],
    ]);
    const record = await listRecord(ctx.db, { action: "nachnutzung" });
    expect(record.map((e) => e.details.event)).toEqual(["status", "status", "status", "status", "bestaetigt", "bekundet"]);
    expect(record[0].details).toMatchObject({ bekundung: declaration.id, ozgId: "10257", kommune: "Landkreis Harz", von: "angebunden", status: "in-betrieb", datum: "2026-03-05", notiz: "Schritt 4" });
    const text = JSON.stringify(record);
    for (const secret of [CONTACT.name, CONTACT.email, CONTACT.telefon, "Start im Herbst", token]) expect(text).not.toContain(secret);
  });

  it("refuse a step the rules do not allow (409) and an unknown declaration (404)", async () => {
    const { declaration, token } = await createDeclaration(ctx.db, fields());
    expect(await setStatus(ctx.db, { id: declaration.id, status: "interesse", note: null, actor: "a" })).toMatchObject({ ok: false, reason: "conflict" });
    await confirmDeclaration(ctx.db, token);
    expect(await setStatus(ctx.db, { id: "unbekannt", status: "vereinbarung", note: null, actor: "a" })).toMatchObject({ ok: false, reason: "not-found" });
    await setStatus(ctx.db, { id: declaration.id, status: "vereinbarung", note: null, actor: "a" });
    expect(await setStatus(ctx.db, { id: declaration.id, status: "interesse", note: null, actor: "a" })).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("Notiz") });
    expect((await declarationByToken(ctx.db, token))?.status).toBe("vereinbarung");
  });

  it("of the same Kommune replace the earlier one once confirmed, keeping its progress and deleting its contact data", async () => {
    const clock = testClock();
    const first = await createDeclaration(ctx.db, fields(), clock.now);
    await confirmDeclaration(ctx.db, first.token, clock.now);
    await setStatus(ctx.db, { id: first.declaration.id, status: "in-abstimmung", note: "Gespräch am Montag", actor: "anna@example.org" }, clock.now);
    clock.advance(HOUR);
    const second = await createDeclaration(ctx.db, fields({ kontakt: { name: "Max Neu", email: "max.neu@kreis-hz.example", telefon: null }, start: "2027-01" }), clock.now);
    // Until the new one is confirmed, both are there; the Kommune counts once (lib/reuse/statistics.ts).
    expect((await listDeclarations(ctx.db)).map((d) => d.status).sort()).toEqual(["in-abstimmung", "unbestaetigt"]);
    const outcome = await confirmDeclaration(ctx.db, second.token, clock.now);
    expect(outcome).toMatchObject({ ok: true, declaration: { status: "in-abstimmung", start: "2027-01", kontakt: { name: "Max Neu" } } });
    const current = await listDeclarations(ctx.db);
    expect(current.map((d) => d.id)).toEqual([second.declaration.id]);
    // The earlier steps, then the new declaration and its confirmation, which keeps the status.
    expect(current[0].history.map((h) => h.status)).toEqual(["unbestaetigt", "interesse", "in-abstimmung", "unbestaetigt", "in-abstimmung"]);
    expect(current[0].history.at(-1)?.note).toMatch(/^Ersetzt die Bekundung vom \d\d\.\d\d\.\d{4}; der Stand „in Abstimmung“ bleibt\.$/);
    const old = await declarationByToken(ctx.db, first.token);
    expect(old).toMatchObject({ replacedBy: second.declaration.id, kontakt: null, kommentar: null });
    expect(await withdrawByToken(ctx.db, first.token)).toMatchObject({ ok: false, reason: "replaced" });
  });

  it("of a Gemeinde and of its Landkreis are two Kommunen", async () => {
    const kreis = await createDeclaration(ctx.db, fields());
    const gemeinde = await createDeclaration(ctx.db, fields({ kommune: { kreis: kreisByKey("15085")!, gemeinde: "Wernigerode", ags: "15085370" } }));
    await confirmDeclaration(ctx.db, kreis.token);
    await confirmDeclaration(ctx.db, gemeinde.token);
    expect((await listDeclarations(ctx.db)).map((d) => d.status)).toEqual(["interesse", "interesse"]);
  });

  it("are unique per Kommune and service in the database itself once confirmed", async () => {
    const a = await createDeclaration(ctx.db, fields());
    await confirmDeclaration(ctx.db, a.token);
    const b = await createDeclaration(ctx.db, fields());
    await expect(sql`update reuse_declarations set status = 'interesse' where id = ${b.declaration.id}`.execute(ctx.db)).rejects.toThrow();
  });

  it("are withdrawn through the link; a withdrawn one cannot be changed, and a new one starts afresh", async () => {
    const first = await createDeclaration(ctx.db, fields());
    await confirmDeclaration(ctx.db, first.token);
    expect(await withdrawByToken(ctx.db, first.token)).toMatchObject({ ok: true, declaration: { status: "zurueckgezogen" } });
    expect(await withdrawByToken(ctx.db, first.token)).toMatchObject({ ok: false, reason: "withdrawn" });
    expect(await changeDeclaration(ctx.db, first.token, { kontakt: CONTACT, start: "2027-02", kommentar: null })).toMatchObject({ ok: false, reason: "withdrawn" });
    const again = await createDeclaration(ctx.db, fields());
    expect(await confirmDeclaration(ctx.db, again.token)).toMatchObject({ ok: true, declaration: { status: "interesse" } });
  });

  it("lose contact data and comment at the declarant's request; status and Kommune stay", async () => {
    const { declaration, token } = await createDeclaration(ctx.db, fields());
    const outcome = await deleteContactByToken(ctx.db, token);
    expect(outcome).toMatchObject({ ok: true, declaration: { kontakt: null, kommentar: null, status: "unbestaetigt", ozgId: "10257" } });
    const row = await ctx.db.selectFrom("reuse_declarations").selectAll().where("id", "=", declaration.id).executeTakeFirstOrThrow();
    expect([row.contact_name, row.contact_email, row.contact_phone, row.comment]).toEqual([null, null, null, null]);
    expect(row.contact_deleted_at).not.toBeNull();
  });

  it("are changed through the link: contact data, start and comment", async () => {
    const { token } = await createDeclaration(ctx.db, fields());
    const outcome = await changeDeclaration(ctx.db, token, { kontakt: { name: "Max Muster", email: "max@kreis-hz.example", telefon: null }, start: "2027-03", kommentar: "später" });
    expect(outcome).toMatchObject({ ok: true, declaration: { kontakt: { name: "Max Muster", email: "max@kreis-hz.example", telefon: null }, start: "2027-03", kommentar: "später" } });
  });

  it("are filtered by services, Kreis and status for staff", async () => {
    const a = await createDeclaration(ctx.db, fields());
    await createDeclaration(ctx.db, fields({ ozgId: "10035", kommune: { kreis: kreisByKey("15003")!, gemeinde: null, ags: null } }));
    await confirmDeclaration(ctx.db, a.token);
    expect((await listDeclarations(ctx.db, { ozgIds: ["10035"] })).map((d) => d.kommune.kreis.name)).toEqual(["Magdeburg"]);
    expect((await listDeclarations(ctx.db, { kreis: "15085" })).map((d) => d.ozgId)).toEqual(["10257"]);
    expect((await listDeclarations(ctx.db, { statuses: ["unbestaetigt"] })).map((d) => d.ozgId)).toEqual(["10035"]);
    expect(await listDeclarations(ctx.db, { ozgIds: [] })).toEqual([]);
  });

  it("give the public statistics nothing personal", async () => {
    await createDeclaration(ctx.db, fields());
    const rows = await publicDeclarationRows(ctx.db);
    expect(Object.keys(rows[0]).sort()).toEqual(["createdAt", "gemeinde", "kommuneKey", "kreisKey", "ozgId", "status"]);
  });
});
