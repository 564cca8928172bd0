/** npm run user and npm run migrate as real child processes, against the test's own database. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyApiToken } from "../auth/api-tokens";
import { signIn } from "../auth/sign-in";
import { describeStores } from "../db/test-stores";
import { listRecord } from "../record/record";

const PROJECT = path.resolve(__dirname, "../..");
const SECRET = "ein-geheimnis-mit-mindestens-32-zeichen";

function cli(script: "user" | "migrate", args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `lib/cli/${script}.ts`, ...args], {
    cwd: PROJECT,
    env: { ...process.env, ...env },
    input: input ?? "",
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describeStores(
  "npm run user",
  (ctx) => {
    it("add, list, token, remove: end to end", async () => {
      const added = cli("user", ["add", "Anna@Example.org", "--role", "admin"], ctx.env, "ein gutes Passwort\n");
      expect(added).toMatchObject({ code: 0, stdout: "Konto anna@example.org (Rolle admin) angelegt.\n", stderr: "" });
      expect(cli("user", ["add", "bernd@example.org", "--role", "redaktion"], ctx.env, "noch ein Passwort\r\n").code).toBe(0);

      const listed = cli("user", ["list"], ctx.env);
      expect(listed.code).toBe(0);
      expect(listed.stdout.split("\n").filter(Boolean).map((line) => line.split("  ").slice(0, 2))).toEqual([
        ["anna@example.org", "Rolle admin"],
        ["bernd@example.org", "Rolle redaktion"],
      ]);

      const minted = cli("user", ["token", "anna@example.org", "--name", "Planer"], ctx.env);
      expect(minted.code).toBe(0);
      const lines = minted.stdout.trimEnd().split("\n");
      const token = lines.at(-1)!;
      expect(lines[0]).toMatch(/^API-Token „Planer“ für anna@example.org angelegt\. Es wird nur dieses eine Mal angezeigt/);
      expect(await verifyApiToken(ctx.db, token)).toMatchObject({ email: "anna@example.org", role: "admin", tokenName: "Planer" });
      expect(cli("user", ["list"], ctx.env).stdout).toContain("API-Token „Planer“");
      expect(cli("user", ["list"], ctx.env).stdout).not.toContain(token);

      // The password from the pipe is the account's password, and nothing else was taken for it.
      expect((await signIn(ctx.db, { email: "anna@example.org", password: "ein gutes Passwort", secret: SECRET })).ok).toBe(true);
      expect((await signIn(ctx.db, { email: "bernd@example.org", password: "noch ein Passwort", secret: SECRET })).ok).toBe(true);

      expect(cli("user", ["remove", "anna@example.org"], ctx.env)).toMatchObject({ code: 0, stdout: "Konto anna@example.org entfernt, mit seinen Sitzungen und API-Tokens.\n" });
      expect(await verifyApiToken(ctx.db, token)).toBeNull();
      expect(cli("user", ["list"], ctx.env).stdout).not.toContain("anna@example.org");

      const konto = await listRecord(ctx.db, { action: "konto" });
      expect(konto.map((e) => [e.actor, e.details.event, e.details.email])).toEqual([
        ["Kommandozeile", "entfernt", "anna@example.org"],
        ["Kommandozeile", "token-angelegt", "anna@example.org"],
        ["Kommandozeile", "angelegt", "bernd@example.org"],
        ["Kommandozeile", "angelegt", "anna@example.org"],
      ]);
    });

    it("prints the token as the last line through npm run, too", async () => {
      cli("user", ["add", "anna@example.org", "--role", "redaktion"], ctx.env, "ein gutes Passwort\n");
      const result = spawnSync("npm", ["run", "user", "--", "token", "anna@example.org"], { cwd: PROJECT, env: { ...process.env, ...ctx.env }, encoding: "utf8", timeout: 60_000 });
      expect(result.status).toBe(0);
      const token = result.stdout.trimEnd().split("\n").at(-1)!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect((await verifyApiToken(ctx.db, token))?.tokenName).toBe("API-Token");
    });

    it("reset sets the password from standard input", async () => {
      cli("user", ["add", "anna@example.org", "--role", "redaktion"], ctx.env, "ein gutes Passwort\n");
      expect(cli("user", ["reset", "anna@example.org"], ctx.env, "das neue Passwort\n").code).toBe(0);
      expect((await signIn(ctx.db, { email: "anna@example.org", password: "ein gutes Passwort", secret: SECRET })).ok).toBe(false);
      expect((await signIn(ctx.db, { email: "anna@example.org", password: "das neue Passwort", secret: SECRET })).ok).toBe(true);
    });

  },
  // The CLI itself migrates a new database, as the app does at start.
  { migrate: false },
);

describeStores(
  "npm run migrate",
  (ctx) => {
    it("applies the migrations and says which, then that there are none", () => {
      const first = cli("migrate", [], ctx.env);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(new RegExp(`^Datenbank: ${ctx.store === "SQLite" ? "SQLite" : "PostgreSQL"} .*\\nMigration angewendet: 0001-`));
      expect(first.stdout).not.toContain("postgres://");
      const second = cli("migrate", [], ctx.env);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain("Keine Migration offen: Die Datenbank ist aktuell.");
      if (ctx.store === "SQLite") expect(existsSync(path.join(ctx.dataDir, "app.db"))).toBe(true);
    });

    it("exit code 2 with a German message when the database is unreachable", () => {
      const result = cli("migrate", [], { ...ctx.env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/nichts" });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^Die Migrationen können nicht angewendet werden \(.*ECONNREFUSED/);
      expect(cli("migrate", [], { ...ctx.env, DATABASE_URL: "mysql://x" })).toMatchObject({ code: 2, stderr: /DATABASE_URL muss mit postgres:\/\// });
    });
  },
  { migrate: false },
);

// Messages and exit codes do not depend on the store: checked once, on SQLite.
describe("npm run user: refusals and wrong calls", () => {
  let env: Record<string, string>;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "ozg-cli-user-"));
    env = { DATA_DIR: dir, DATABASE_URL: "" };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("refuses with exit code 1 and a German message: short password, existing or unknown account", async () => {
      expect(cli("user", ["add", "anna@example.org", "--role", "admin"], env, "zu kurz\n")).toMatchObject({
        code: 1,
        stdout: "",
        stderr: "Das Passwort muss mindestens 12 Zeichen lang sein (es hat 7).\n",
      });
      expect(cli("user", ["list"], env).stdout).toMatch(/^Es gibt noch kein Konto/);
      cli("user", ["add", "anna@example.org", "--role", "admin"], env, "ein gutes Passwort\n");
      expect(cli("user", ["add", "ANNA@example.org", "--role", "admin"], env, "ein gutes Passwort\n")).toMatchObject({
        code: 1,
        stderr: "Ein Konto mit der E-Mail-Adresse „anna@example.org“ gibt es schon.\n",
      });
      expect(cli("user", ["remove", "niemand@example.org"], env)).toMatchObject({ code: 1, stderr: "Es gibt kein Konto mit der E-Mail-Adresse „niemand@example.org“.\n" });
      expect(cli("user", ["token", "niemand@example.org"], env).code).toBe(1);
      expect(cli("user", ["add", "kein-mail", "--role", "admin"], env, "ein gutes Passwort\n")).toMatchObject({ code: 1, stderr: "„kein-mail“ ist keine gültige E-Mail-Adresse.\n" });
      expect(cli("user", ["add", "c@example.org", "--role", "chef"], env, "ein gutes Passwort\n").code).toBe(1);
    });

    it("a wrong call or a missing password is exit code 2", () => {
      expect(cli("user", ["add", "anna@example.org", "--role", "admin"], env, "")).toMatchObject({ code: 2, stderr: /Kein Passwort erhalten/ });
      expect(cli("user", ["add", "anna@example.org"], env)).toMatchObject({ code: 2, stderr: /--role redaktion oder --role admin/ });
      expect(cli("user", [], env)).toMatchObject({ code: 2, stderr: /^Aufruf:/ });
      expect(cli("user", ["loeschen", "anna@example.org"], env)).toMatchObject({ code: 2, stderr: /^Unbekannter Befehl „loeschen“/ });
      expect(cli("user", ["remove"], env).code).toBe(2);
    });

  it("a wrong call creates no database", () => {
    cli("user", ["frob"], env);
    cli("user", ["add", "anna@example.org"], env);
    expect(existsSync(path.join(dir, "app.db"))).toBe(false);
  });
});
