import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { snapshot } from "../overview/fixtures/snapshot";
import { publishStand } from "./publish";

const fixture = (name: string) => readFile(path.join(__dirname, "../overview/fixtures", name));

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "ozg-publish-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A data folder with one published Stand and a metadata file, as in production. */
async function seedDataDir(): Promise<Buffer> {
  const existing = await fixture("gueltig-tab.csv");
  await mkdir(path.join(root, "uebersicht"));
  await writeFile(path.join(root, "uebersicht", "2022-09-30.csv"), existing);
  await writeFile(path.join(root, "metadata.json"), '{"herausgeber":"Test"}\n');
  return existing;
}

describe("publishStand", () => {
  it("publishes a valid file as uebersicht/YYYY-MM-DD.csv with identical bytes, creating the folder", async () => {
    const bytes = await fixture("gueltig-semikolon.csv");
    const outcome = await publishStand(bytes, "2022-10-28", root);
    expect(outcome.status).toBe("published");
    if (outcome.status !== "published") return;
    expect(outcome.stand).toBe("2022-10-28");
    expect(outcome.file).toBe(path.join(root, "uebersicht", "2022-10-28.csv"));
    expect(outcome.result.errors).toEqual([]);
    expect(outcome.result.rows).toHaveLength(6);
    const written = await readFile(path.join(root, "uebersicht", "2022-10-28.csv"));
    expect(written.equals(bytes)).toBe(true);
    // Nothing else, in particular no temporary file.
    expect(await snapshot(root)).toEqual([
      ["uebersicht/", null],
      ["uebersicht/2022-10-28.csv", bytes.toString("base64")],
    ]);
  });

  it("publishes a new Stand next to existing ones and leaves them as they were", async () => {
    const existing = await seedDataDir();
    const bytes = await fixture("gueltig-komma.csv");
    const outcome = await publishStand(bytes, "2022-10-28", root);
    expect(outcome.status).toBe("published");
    expect(await snapshot(root)).toEqual([
      ["metadata.json", Buffer.from('{"herausgeber":"Test"}\n').toString("base64")],
      ["uebersicht/", null],
      ["uebersicht/2022-09-30.csv", existing.toString("base64")],
      ["uebersicht/2022-10-28.csv", bytes.toString("base64")],
    ]);
  });

  it("publishes Windows-1252 files unchanged (no re-encoding)", async () => {
    const bytes = Buffer.from("OZG-ID;Leistung;Themenfeld;Bemerkung\r\n10000;Elterngeld;Familie & Kind;\x84Geb\xFChr\x93 0 \x80\r\n", "latin1");
    const outcome = await publishStand(bytes, "2024-02-29", root);
    expect(outcome.status).toBe("published");
    expect((await readFile(path.join(root, "uebersicht", "2024-02-29.csv"))).equals(bytes)).toBe(true);
  });

  it.each([
    ["several errors", "fehlerhaft.csv"],
    ["an unknown Phase", null],
    ["a binary file", "binary"],
    ["an empty file", "empty"],
  ])("refuses a file with %s and leaves the data folder byte for byte unchanged", async (_label, source) => {
    await seedDataDir();
    const before = await snapshot(root);
    const bytes =
      source === "binary"
        ? Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])
        : source === "empty"
          ? Buffer.alloc(0)
          : source
            ? await fixture(source)
            : Buffer.from("OZG-ID;Leistung;Themenfeld;Phase\r\n10000;Elterngeld;Familie & Kind;Umsetzen\r\n");
    const outcome = await publishStand(bytes, "2022-10-28", root);
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    expect(outcome.result.errors.length).toBeGreaterThan(0);
    expect(await snapshot(root)).toEqual(before);
  });

  it("refuses an invalid file without creating the uebersicht folder", async () => {
    const outcome = await publishStand(await fixture("fehlerhaft.csv"), "2022-10-28", root);
    expect(outcome.status).toBe("invalid");
    if (outcome.status === "invalid") expect(outcome.result.errors).toHaveLength(12);
    expect(await snapshot(root)).toEqual([]);
  });

  it("refuses to overwrite a published Stand and leaves it unchanged", async () => {
    const existing = await seedDataDir();
    const before = await snapshot(root);
    const outcome = await publishStand(await fixture("gueltig-semikolon.csv"), "2022-09-30", root);
    expect(outcome).toMatchObject({
      status: "refused",
      message: "Der Stand 2022-09-30 ist bereits veröffentlicht und wird nicht überschrieben.",
    });
    expect((await readFile(path.join(root, "uebersicht", "2022-09-30.csv"))).equals(existing)).toBe(true);
    // Byte for byte the same folder: the temporary file is gone too.
    expect(await snapshot(root)).toEqual(before);
  });

  it("refuses the same file published twice", async () => {
    const bytes = await fixture("gueltig-semikolon.csv");
    expect((await publishStand(bytes, "2022-10-28", root)).status).toBe("published");
    const before = await snapshot(root);
    expect((await publishStand(bytes, "2022-10-28", root)).status).toBe("refused");
    expect(await snapshot(root)).toEqual(before);
  });

  it("lets exactly one of two racing imports of the same Stand win", async () => {
    const a = await fixture("gueltig-semikolon.csv");
    const b = await fixture("gueltig-komma.csv");
    const outcomes = await Promise.all([publishStand(a, "2022-10-28", root), publishStand(b, "2022-10-28", root)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["published", "refused"]);
    const winner = outcomes[0].status === "published" ? a : b;
    expect(await snapshot(root)).toEqual([
      ["uebersicht/", null],
      ["uebersicht/2022-10-28.csv", winner.toString("base64")],
    ]);
  });

  it.each(["2022-02-30", "2023-02-29", "abc", "2022-13-01", "2022-10-32", "2022-1-5", "22-10-28", "", "2022-10-28.csv", "../2022-10-28", "2022-10-28T00:00"])(
    "refuses the invalid Stand %j and writes nothing",
    async (stand) => {
      await seedDataDir();
      const before = await snapshot(root);
      const outcome = await publishStand(await fixture("gueltig-semikolon.csv"), stand, root);
      expect(outcome).toEqual({
        status: "refused",
        message: `„${stand}“ ist kein gültiger Stand (ein Datum im Format JJJJ-MM-TT).`,
      });
      expect(await snapshot(root)).toEqual(before);
    },
  );
});
