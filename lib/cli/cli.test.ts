/**
 * The real command-line tools as child processes: exit codes, JSON report, and what the import
 * does to DATA_DIR.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "../overview/fixtures/snapshot";

const PROJECT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(PROJECT, "lib/overview/fixtures");
const fx = (name: string) => path.join(FIXTURES, name);

function run(script: "validate" | "import" | "verify", args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `lib/cli/${script}.ts`, ...args], {
    cwd: PROJECT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function validateJson(file: string) {
  const { code, stdout } = run("validate", [file, "--json"]);
  return { code, report: JSON.parse(stdout) as Record<string, unknown> };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "ozg-cli-"));
  writeFileSync(path.join(tmp, "mappe.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]));
  writeFileSync(
    path.join(tmp, "phase.csv"),
    'OZG-ID;Leistung;Themenfeld;Phase;Bemerkung\r\n10000;Elterngeld;Familie & Kind;Umsetzung;"a\nb"\r\n10092;Wohngeld;Arbeit & Ruhestand;Umsetzen;\r\n',
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The contract's keys, plus the OZG-ID and Leistung of the row where the row has them. */
const PROBLEM_KEYS = ["column", "line", "message", "row", "value"];

describe("validate CLI", () => {
  it("valid file → exit 0 and the JSON report", () => {
    const file = fx("gueltig-semikolon.csv");
    const { code, report } = validateJson(file);
    expect(code).toBe(0);
    expect(report).toEqual({ file, rows: 6, errors: [], warnings: [] });
  });

  it("valid file with an unknown column → exit 0, the warning in the report", () => {
    const { code, report } = validateJson(fx("gueltig-komma.csv"));
    expect(code).toBe(0);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      {
        row: 1,
        line: 1,
        column: "Ansprechpartner",
        value: "Ansprechpartner",
        message: "Zeile 1, Spalte „Ansprechpartner“: Unbekannte Spalte „Ansprechpartner“ wird ignoriert.",
      },
    ]);
  });

  it("invalid file → exit 1 and every error as { row, line, column, value, message } (+ ozgId, leistung)", () => {
    const file = fx("fehlerhaft.csv");
    const { code, report } = validateJson(file);
    expect(code).toBe(1);
    expect(Object.keys(report).sort()).toEqual(["errors", "file", "rows", "warnings"]);
    expect(report.file).toBe(file);
    expect(report.rows).toBe(13);
    const errors = report.errors as Record<string, unknown>[];
    expect(errors).toHaveLength(12);
    for (const e of errors) expect(Object.keys(e).filter((k) => !["ozgId", "leistung", "suggestion"].includes(k)).sort()).toEqual(PROBLEM_KEYS);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 14, 15]);
    // The record on lines 4–5 is one row: rows count as in Excel.
    expect(errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 13, 14]);
    expect(errors[1]).toMatchObject({ ozgId: "10092", leistung: "Wohngeld", suggestion: "Umsetzung" });
    expect(report.warnings).toEqual([]);
  });

  it("reports the Phase error in the contract's format", () => {
    const { code, report } = validateJson(path.join(tmp, "phase.csv"));
    expect(code).toBe(1);
    // Line 4 of the text file (after a two-line cell) is row 3 in Excel.
    expect(report.errors).toEqual([
      {
        row: 3,
        line: 4,
        column: "Phase",
        value: "Umsetzen",
        message:
          "Zeile 3, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase. Erlaubt: offen, Planung, Umsetzung, Pilotierung, Rollout, Betrieb. Meinten Sie „Umsetzung“?",
        ozgId: "10092",
        leistung: "Wohngeld",
        suggestion: "Umsetzung",
      },
    ]);
    expect(report.rows).toBe(2);
  });

  it("missing file → exit 2 and a JSON report with the reason", () => {
    const file = path.join(tmp, "gibt-es-nicht.csv");
    const { code, report } = validateJson(file);
    expect(code).toBe(2);
    expect(report).toEqual({
      file,
      rows: 0,
      errors: [{ row: null, line: null, column: null, value: null, message: `Die Datei ${file} kann nicht gelesen werden (ENOENT).` }],
      warnings: [],
    });
  });

  it("a broken workbook (a cut .xlsx) → exit 2 and the German reason", () => {
    const file = path.join(tmp, "mappe.xlsx");
    const { code, report } = validateJson(file);
    expect(code).toBe(2);
    expect(report).toEqual({
      file,
      rows: 0,
      errors: [
        {
          row: null,
          line: null,
          column: null,
          value: null,
          message: "Die Arbeitsmappe wird nicht gelesen: Sie ist kein gültiges ZIP-Archiv (beschädigt oder unvollständig gespeichert).",
        },
      ],
      warnings: [],
    });
  });

  it("prints a German text report without --json", () => {
    const file = fx("gueltig-semikolon.csv");
    const { code, stdout } = run("validate", [file]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${file}: 6 Leistungen, 0 Fehler, 0 Warnungen\nDie Datei ist gültig.\n`);
    const invalid = run("validate", [path.join(tmp, "phase.csv")]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain("  Fehler:  Zeile 3, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase.");
    expect(invalid.stdout).toContain("Die Datei ist ungültig und kann so nicht veröffentlicht werden.");
  });

  it("no file argument → exit 2 with the usage line", () => {
    const { code, stderr } = run("validate", []);
    expect(code).toBe(2);
    expect(stderr).toContain("Aufruf: npm run validate -- DATEI.csv|DATEI.xlsx [--json]");
  });

  it("escapes control and bidi characters of a cell: no terminal escape sequence reaches the terminal", () => {
    const file = path.join(tmp, "escape.csv");
    // The Phase message quotes the value: ESC ] 0 ; … BEL would set the terminal's title.
    writeFileSync(file, "OZG-ID;Leistung;Themenfeld;Phase\r\n10000;Elterngeld;Familie & Kind;a\u001b]0,pwned\u0007b\u202Ec\r\n");
    const { code, stdout } = run("validate", [file]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(stdout).toContain("„a<U+001B>]0,pwned<U+0007>b<U+202E>c“ ist keine bekannte Phase.");
    expect(stdout).toContain("Zeile 2, Spalte „Phase“: Die Zelle enthält die Steuerzeichen U+001B, U+0007, vermutlich falsche Zeichenkodierung beim Speichern.");
    const json = run("validate", [file, "--json"]);
    expect(json.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect((JSON.parse(json.stdout).errors[0] as { value: string }).value).toBe("a\u001b]0,pwned\u0007b\u202Ec");
  });
});

describe("import CLI", () => {
  let dataDir: string;
  const newDataDir = () => {
    dataDir = mkdtempSync(path.join(tmp, "data-"));
    return dataDir;
  };

  it("valid file → exit 0 and the file published byte for byte", async () => {
    const dir = newDataDir();
    const { code, stdout } = run("import", [fx("gueltig-semikolon.csv"), "--stand", "2022-10-28"], { DATA_DIR: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("Veröffentlicht als Stand 2022-10-28");
    expect(await snapshot(dir)).toEqual([
      ["uebersicht/", null],
      ["uebersicht/2022-10-28.csv", readFileSync(fx("gueltig-semikolon.csv")).toString("base64")],
    ]);
  });

  it("accepts --stand=YYYY-MM-DD", async () => {
    const dir = newDataDir();
    expect(run("import", [fx("gueltig-tab.csv"), "--stand=2023-01-31"], { DATA_DIR: dir }).code).toBe(0);
    expect((await snapshot(dir)).map(([p]) => p)).toEqual(["uebersicht/", "uebersicht/2023-01-31.csv"]);
  });

  it("without --stand publishes under today's date (Europe/Berlin)", async () => {
    const dir = newDataDir();
    const before = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());
    expect(run("import", [fx("gueltig-tab.csv")], { DATA_DIR: dir }).code).toBe(0);
    const after = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());
    const files = (await snapshot(dir)).map(([p]) => p);
    expect(files).toHaveLength(2);
    expect([`uebersicht/${before}.csv`, `uebersicht/${after}.csv`]).toContain(files[1]);
  });

  it.each([
    ["invalid file", 1, "fehlerhaft.csv", "2022-10-28"],
    ["existing Stand", 1, "gueltig-semikolon.csv", "2022-09-30"],
    ["invalid Stand date", 1, "gueltig-semikolon.csv", "2022-02-30"],
    ["binary file", 2, "mappe.xlsx", "2022-10-28"],
    ["missing file", 2, "gibt-es-nicht.csv", "2022-10-28"],
  ])("%s → exit %i and DATA_DIR unchanged", async (_label, exitCode, name, stand) => {
    const dir = newDataDir();
    // A data folder in use: one published Stand and metadata.
    const seed = run("import", [fx("gueltig-tab.csv"), "--stand", "2022-09-30"], { DATA_DIR: dir });
    expect(seed.code).toBe(0);
    writeFileSync(path.join(dir, "metadata.json"), '{"herausgeber":"Test"}\n');
    const before = await snapshot(dir);
    const file = name.endsWith(".csv") && name !== "gibt-es-nicht.csv" ? fx(name) : path.join(tmp, name);
    const { code, stderr } = run("import", [file, "--stand", stand], { DATA_DIR: dir });
    expect(code).toBe(exitCode);
    expect(await snapshot(dir)).toEqual(before);
    if (name !== "gibt-es-nicht.csv") expect(stderr).toContain("Nichts veröffentlicht");
    // Nothing new on record either: the seed is the only Stand, and it matches its record.
    const verified = run("verify", [], { DATA_DIR: dir });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toBe("2022-09-30: in Ordnung\nAlle Stände stimmen mit ihrem Eintrag überein.\n");
  });
});

describe("verify CLI", () => {
  it("finds a published Stand intact, a cut one changed, a hand-copied one unrecorded; --accept takes over a valid copy", () => {
    const dir = mkdtempSync(path.join(tmp, "verify-"));
    expect(run("import", [fx("gueltig-tab.csv"), "--stand", "2022-09-30"], { DATA_DIR: dir }).code).toBe(0);
    expect(run("import", [fx("gueltig-semikolon.csv"), "--stand", "2022-10-28"], { DATA_DIR: dir }).code).toBe(0);
    expect(run("verify", [], { DATA_DIR: dir }).code).toBe(0);

    const published = readFileSync(path.join(dir, "uebersicht/2022-10-28.csv"));
    writeFileSync(path.join(dir, "uebersicht/2022-10-28.csv"), published.subarray(0, published.length - 40));
    writeFileSync(path.join(dir, "uebersicht/2022-11-30.csv"), readFileSync(fx("gueltig-tab.csv")));
    const checked = run("verify", [], { DATA_DIR: dir });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain("2022-09-30: in Ordnung");
    expect(checked.stdout).toContain("2022-10-28: VERÄNDERT");
    expect(checked.stdout).toContain("2022-11-30: nicht verzeichnet");

    writeFileSync(path.join(dir, "uebersicht/2022-10-28.csv"), published);
    const accepted = run("verify", ["--accept", "2022-11-30"], { DATA_DIR: dir });
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain("Übernommen: Stand 2022-11-30");
    expect(accepted.stdout).toContain("2022-11-30: in Ordnung");
  }, 120_000);

  it("refuses to take over an invalid file (exit 1) and a wrong call (exit 2)", () => {
    const dir = mkdtempSync(path.join(tmp, "verify-"));
    expect(run("import", [fx("gueltig-tab.csv"), "--stand", "2022-09-30"], { DATA_DIR: dir }).code).toBe(0);
    writeFileSync(path.join(dir, "uebersicht/2022-11-30.csv"), readFileSync(fx("fehlerhaft.csv")));
    const refused = run("verify", ["--accept", "2022-11-30"], { DATA_DIR: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Nicht übernommen: Die Datei des Stands 2022-11-30 ist fehlerhaft");
    expect(run("verify", ["--accept", "morgen"], { DATA_DIR: dir }).code).toBe(2);
  }, 120_000);
});
