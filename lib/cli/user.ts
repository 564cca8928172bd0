/**
 * npm run user -- add|list|remove|reset|token …: staff accounts and API tokens from the shell.
 * Passwords come from standard input (a pipe, or typed without echo at a terminal), never from
 * the command line. Exit code 0 done, 1 refused (bad input, unknown or existing account),
 * 2 wrong call or database not available.
 */
import { AccountError, addAccount, listAccounts, removeAccount, resetPassword } from "../auth/accounts";
import { createApiToken, listApiTokens } from "../auth/api-tokens";
import { passwordProblem } from "../auth/password";
import { resolveDatabaseConfig } from "../db/config";
import { DatabaseError } from "../db/errors";
import { migrateToLatest } from "../db/migrate";
import { openDatabase } from "../db/open";
import type { Db } from "../db/schema";
import { EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, parseArgs } from "./args";

import { CLI_ACTOR } from "./actor";

const USAGE = `Aufruf:
  npm run user -- add E-MAIL --role redaktion|admin   Konto anlegen (Passwort über die Standardeingabe)
  npm run user -- list                                Konten und API-Tokens auflisten
  npm run user -- remove E-MAIL                       Konto mit Sitzungen und Tokens entfernen
  npm run user -- reset E-MAIL                        neues Passwort setzen (über die Standardeingabe)
  npm run user -- token E-MAIL [--name TEXT]          neues API-Token ausgeben (letzte Zeile)`;

const ROLE_MISSING = `Bitte die Rolle angeben: --role redaktion oder --role admin.\n\n${USAGE}`;

class UsageError extends Error {}

const dateTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
const when = (iso: string) => dateTime.format(new Date(iso));

// One secret line: typed at a terminal without echo, or the next line of a pipe
// (`printf '%s\n' "$PASSWORT" | npm run user -- add …`); null when there is none.

let piped: Promise<string[]> | undefined;

/** All lines of a piped standard input, read once (reset asks for a second line only at a terminal). */
function pipedLines(): Promise<string[]> {
  piped ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
  })();
  return piped;
}

function readHidden(prompt: string): Promise<string | null> {
  const stdin = process.stdin;
  // Echo off before the prompt appears, so that nothing typed after it is shown.
  stdin.setRawMode(true);
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let value = "";
    const finish = (result: string | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      resolve(result);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === "\r" || ch === "\n") return finish(value);
        if (ch === "\u0004") return finish(value === "" ? null : value); // Ctrl-D
        if (ch === "\u0003") {
          // Ctrl-C: leave the terminal as it was, then stop like any interrupted command.
          stdin.setRawMode(false);
          process.stderr.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else if (ch >= " ") value += ch;
      }
    };
    stdin.setEncoding("utf8");
    stdin.resume();
    stdin.on("data", onData);
  });
}

let pipedIndex = 0;

async function readSecretLine(prompt: string): Promise<string | null> {
  if (process.stdin.isTTY) return readHidden(prompt);
  const lines = await pipedLines();
  const line = lines[pipedIndex++];
  return line === undefined || line === "" ? null : line;
}

async function newPassword(email: string): Promise<string> {
  const password = await readSecretLine(`Passwort für ${email}: `);
  if (password === null) {
    throw new UsageError("Kein Passwort erhalten. Bitte das Passwort als eine Zeile über die Standardeingabe übergeben.");
  }
  const problem = passwordProblem(password);
  if (problem) throw new AccountError("invalid-password", problem);
  if (process.stdin.isTTY) {
    const again = await readSecretLine("Passwort wiederholen: ");
    if (again !== password) throw new AccountError("invalid-password", "Die beiden Eingaben stimmen nicht überein. Nichts geändert.");
  }
  return password;
}

function oneEmail(positional: string[]): string {
  if (positional.length !== 2) throw new UsageError(USAGE);
  return positional[1];
}

async function run(db: Db, argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv, ["role", "name"]);
  switch (positional[0]) {
    case "add": {
      const email = oneEmail(positional);
      const role = flags.get("role");
      if (typeof role !== "string") throw new UsageError(ROLE_MISSING);
      const account = await addAccount(db, { email, role, password: await newPassword(email), actor: CLI_ACTOR });
      console.log(`Konto ${account.email} (Rolle ${account.role}) angelegt.`);
      return;
    }
    case "list": {
      const [accounts, tokens] = await Promise.all([listAccounts(db), listApiTokens(db)]);
      if (accounts.length === 0) {
        console.log("Es gibt noch kein Konto. Das erste legen Sie an mit: npm run user -- add E-MAIL --role admin");
        return;
      }
      for (const account of accounts) {
        console.log(`${account.email}  Rolle ${account.role}  angelegt ${when(account.createdAt)}`);
        for (const token of tokens.filter((t) => t.email === account.email)) {
          const state = token.revokedAt ? `widerrufen ${when(token.revokedAt)}` : token.lastUsedAt ? `zuletzt genutzt ${when(token.lastUsedAt)}` : "noch nicht genutzt";
          console.log(`  API-Token „${token.name}“  angelegt ${when(token.createdAt)}  ${state}`);
        }
      }
      return;
    }
    case "remove": {
      const email = oneEmail(positional);
      await removeAccount(db, { email, actor: CLI_ACTOR });
      console.log(`Konto ${email.trim().toLowerCase()} entfernt, mit seinen Sitzungen und API-Tokens.`);
      return;
    }
    case "reset": {
      const email = oneEmail(positional);
      await resetPassword(db, { email, password: await newPassword(email), actor: CLI_ACTOR });
      console.log(`Neues Passwort für ${email.trim().toLowerCase()} gesetzt; offene Sitzungen sind beendet.`);
      return;
    }
    case "token": {
      const email = oneEmail(positional);
      const name = flags.get("name");
      if (name === true) throw new UsageError("Bitte nach --name einen Namen für das Token angeben.");
      const { token, info } = await createApiToken(db, { email, name, actor: CLI_ACTOR });
      console.log(`API-Token „${info.name}“ für ${info.email} angelegt. Es wird nur dieses eine Mal angezeigt; bitte jetzt sicher ablegen:`);
      console.log(token);
      return;
    }
    default:
      throw new UsageError(positional[0] ? `Unbekannter Befehl „${positional[0]}“.\n\n${USAGE}` : USAGE);
  }
}

const COMMANDS: Record<string, number> = { add: 2, list: 1, remove: 2, reset: 2, token: 2 };

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { positional, flags } = parseArgs(argv, ["role", "name"]);
  // A wrong call is answered before anything opens (or creates) the database.
  if (COMMANDS[positional[0]] !== positional.length) {
    const known = positional[0] === undefined || positional[0] in COMMANDS;
    console.error(known ? USAGE : `Unbekannter Befehl „${positional[0]}“.\n\n${USAGE}`);
    return EXIT_UNREADABLE;
  }
  if (positional[0] === "add" && typeof flags.get("role") !== "string") {
    console.error(ROLE_MISSING);
    return EXIT_UNREADABLE;
  }
  let db: Db | undefined;
  try {
    db = await openDatabase(resolveDatabaseConfig());
    await migrateToLatest(db);
    await run(db, argv);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof AccountError) {
      console.error(error.message);
      return EXIT_INVALID;
    }
    if (error instanceof UsageError || error instanceof DatabaseError) {
      console.error(error.message);
      return EXIT_UNREADABLE;
    }
    console.error(`Der Befehl ist fehlgeschlagen: ${(error as Error).message}`);
    return EXIT_UNREADABLE;
  } finally {
    await db?.destroy();
  }
}

main().then((code) => process.exit(code));
