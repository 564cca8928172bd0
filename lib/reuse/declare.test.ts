import { afterAll, beforeAll, expect, it } from "vitest";
import { describeStores } from "../db/test-stores";
import { type MailCatcher, decodeQuotedPrintable, startMailCatcher } from "../test/smtp";
import { useDataDir } from "../test/data-dir";
import { createCall } from "./calls";
import { OVERALL_LIMIT, PER_ADDRESS_LIMIT, declare } from "./declare";
import { confirmDeclaration, listDeclarations } from "./declarations";

useDataDir("data");

const input = (overrides: Record<string, unknown> = {}) => ({
  ozgId: "10257",
  kommune: { name: "Wernigerode", kreis: "Harz", ags: "15085370" },
  kontakt: { name: "Erika Musterfrau", email: "erika@kreis-hz.example" },
  start: "2026-09",
  einwilligung: true,
  ...overrides,
});

let catcher: MailCatcher;
let previous: string | undefined;
beforeAll(async () => {
  catcher = await startMailCatcher();
  previous = process.env.SMTP_URL;
});
afterAll(async () => {
  await catcher.close();
  if (previous === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previous;
});

describeStores("declaring reuse interest", (ctx) => {
  const context = (extra: Record<string, unknown> = {}) => ({ baseUrl: "https://ozg.example", address: "192.0.2.7", db: async () => ctx.db, today: "2022-11-16", ...extra });

  it("without SMTP_URL stores it unconfirmed and hands back the private link to show once", async () => {
    delete process.env.SMTP_URL;
    const result = await declare(input(), context());
    expect(result).toMatchObject({ ok: true, status: "unbestaetigt", mailed: false, mailFailed: false, late: false });
    if (!result.ok) return;
    expect(result.link).toMatch(/^https:\/\/ozg\.example\/nachnutzung\/[A-Za-z0-9_-]{43}$/);
    const token = result.link!.split("/").pop()!;
    expect(await confirmDeclaration(ctx.db, token)).toMatchObject({ ok: true, declaration: { id: result.id, status: "interesse" } });
  });

  it("with SMTP_URL sends the link by e-mail to the contact address and does not hand it back", async () => {
    process.env.SMTP_URL = catcher.url;
    const before = catcher.mails.length;
    const result = await declare(input(), context());
    expect(result).toMatchObject({ ok: true, mailed: true, link: null });
    const mail = catcher.mails[before];
    expect(mail.to).toEqual(["erika@kreis-hz.example"]);
    expect(mail.from).toBe("ozg@sachsen-anhalt.de");
    const text = decodeQuotedPrintable(mail.raw);
    expect(text).toContain("für Wernigerode (Landkreis Harz)");
    expect(text).toContain("„Einbürgerung“ (OZG-ID 10257)");
    const link = /https:\/\/ozg\.example\/nachnutzung\/([A-Za-z0-9_-]{43})/.exec(text);
    expect(link).not.toBeNull();
    expect(await confirmDeclaration(ctx.db, link![1])).toMatchObject({ ok: true });
  });

  it("says when SMTP_URL is set but the mail server cannot be reached, and shows the link instead", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    const result = await declare(input(), context());
    expect(result).toMatchObject({ ok: true, mailed: false, mailFailed: true, link: expect.stringContaining("/nachnutzung/") });
    delete process.env.SMTP_URL;
  });

  it("refuses bad fields (422, each named) before touching the database", async () => {
    const result = await declare(input({ kontakt: { name: "Erika", email: "nein" }, einwilligung: false }), context({ db: async () => Promise.reject(new Error("no")) }));
    expect(result).toMatchObject({ ok: false, status: 422, fields: { "kontakt.email": expect.any(String), einwilligung: expect.any(String) } });
  });

  it("refuses services that are not reusable and not in a call, and unknown ones", async () => {
    expect(await declare(input({ ozgId: "10000" }), context())).toMatchObject({ ok: false, status: 422, fields: { ozgId: expect.stringContaining("nicht für die Nachnutzung") } });
    expect(await declare(input({ ozgId: "99999" }), context())).toMatchObject({ ok: false, status: 422, fields: { ozgId: expect.stringContaining("gibt es im aktuellen Stand") } });
    await createCall(ctx.db, { ozgIds: ["10000"], frist: "2022-11-21", text: "Elterngeld: wer macht mit?", newsSlug: null, actor: "a" });
    expect(await declare(input({ ozgId: "10000" }), context())).toMatchObject({ ok: true, late: false });
  });

  it("marks a declaration after the call's deadline as late, and still takes it", async () => {
    await createCall(ctx.db, { ozgIds: ["10257"], frist: "2022-11-21", text: "Einbürgerung", newsSlug: null, actor: "a" });
    expect(await declare(input(), context({ today: "2022-11-21" }))).toMatchObject({ ok: true, late: false });
    expect(await declare(input({ kommune: { name: "Harz", kreis: "Harz" } }), context({ today: "2022-11-22" }))).toMatchObject({ ok: true, late: true });
    const late = (await listDeclarations(ctx.db)).filter((d) => d.late);
    expect(late.map((d) => d.kommune.gemeinde)).toEqual([null]);
  });

  it("throttles one client address (429 with the wait), not the others", async () => {
    for (let i = 0; i < PER_ADDRESS_LIMIT.max; i++) expect((await declare(input(), context())).ok).toBe(true);
    expect(await declare(input(), context())).toMatchObject({ ok: false, status: 429, error: expect.stringContaining("Zu viele Bekundungen"), retryAfterSeconds: expect.any(Number) });
    expect((await declare(input(), context({ address: "192.0.2.8" }))).ok).toBe(true);
    expect(OVERALL_LIMIT.max).toBeGreaterThan(PER_ADDRESS_LIMIT.max);
  });
});
