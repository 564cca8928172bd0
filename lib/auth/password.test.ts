import { describe, expect, it } from "vitest";
import { CURRENT_PARAMS, hashPassword, needsRehash, passwordProblem, verifyPassword } from "./password";

describe("passwords", () => {
  it("are stored salted in the self-describing scrypt format and verify", async () => {
    const started = performance.now();
    const stored = await hashPassword("korrekt Pferd Batterie");
    const ms = performance.now() - started;
    console.info(`password.test.ts: one scrypt hash (ln=${CURRENT_PARAMS.ln}, r=${CURRENT_PARAMS.r}, p=${CURRENT_PARAMS.p}) took ${ms.toFixed(0)} ms`);
    expect(stored).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(stored).not.toContain("Pferd");
    expect(await verifyPassword("korrekt Pferd Batterie", stored)).toBe(true);
  });

  it("refuse a wrong password, also one that differs only in case or a character", async () => {
    const stored = await hashPassword("korrekt Pferd Batterie");
    expect(await verifyPassword("Korrekt Pferd Batterie", stored)).toBe(false);
    expect(await verifyPassword("korrekt Pferd Batteri", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("get a new salt each time", async () => {
    const [a, b] = await Promise.all([hashPassword("zwölf Zeichen!"), hashPassword("zwölf Zeichen!")]);
    expect(a).not.toBe(b);
    expect(a.split("$")[3]).not.toBe(b.split("$")[3]);
  });

  it("match whatever Unicode normalisation the keyboard produced", async () => {
    const composed = "Grüße aus Halle"; // ü as one code point
    const decomposed = "Gru\u0308ße aus Halle"; // u + combining diaeresis
    expect(composed).not.toBe(decomposed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it("refuse a stored value that is not one of ours, or has absurd parameters", async () => {
    const stored = await hashPassword("korrekt Pferd Batterie");
    expect(await verifyPassword("korrekt Pferd Batterie", stored.replace("ln=15", "ln=30"))).toBe(false);
    expect(await verifyPassword("korrekt Pferd Batterie", "korrekt Pferd Batterie")).toBe(false);
    expect(await verifyPassword("x", "$scrypt$ln=15,r=8,p=3$$")).toBe(false);
  });

  it("tell when a hash was made with other parameters", async () => {
    const stored = await hashPassword("korrekt Pferd Batterie");
    expect(needsRehash(stored)).toBe(false);
    expect(needsRehash(stored.replace("ln=15,r=8,p=3", "ln=14,r=8,p=1"))).toBe(true);
  });

  it("must have at least 12 characters (characters, not bytes)", () => {
    expect(passwordProblem("elf Zeichen")).toBe("Das Passwort muss mindestens 12 Zeichen lang sein (es hat 11).");
    expect(passwordProblem("äöüäöüäöüäö")).toMatch(/mindestens 12 Zeichen/); // 11 characters, 22 bytes
    expect(passwordProblem("zwölf Zeiche")).toBeNull();
    expect(passwordProblem(" zwölf Zeichen")).toMatch(/Leerzeichen/);
    expect(passwordProblem("x".repeat(1001))).toMatch(/höchstens 1000 Zeichen/);
  });
});
