import { describe, expect, it } from "vitest";
import { escapeFormula, unescapeFormula } from "./formula";

/** [label, original cell, escaped cell] — the escaped form written by hand. */
const CASES: [string, string, string][] = [
  ["= at the start", "=1+1", "'=1+1"],
  ["+ at the start", "+49 391 567-0", "'+49 391 567-0"],
  ["- at the start", "-5", "'-5"],
  ["@ at the start", "@SUMME(A1)", "'@SUMME(A1)"],
  ["tab at the start", "\t=1", "'\t=1"],
  ["CR at the start", "\r=1", "'\r=1"],
  ["LF at the start (and the = on the next line)", "\n=1", "'\n'=1"],
  ["a lone tab", "\t", "'\t"],
  ["HYPERLINK payload", '=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
  ["HYPERLINK after @", '@HYPERLINK("http://x","y")', `'@HYPERLINK("http://x","y")`],
  ["DDE payload", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ["second line starts with =", 'Hinweis\n=HYPERLINK("http://x","y")', `Hinweis\n'=HYPERLINK("http://x","y")`],
  ["second line after CRLF starts with =", "Hinweis\r\n=1+1", "Hinweis\r\n'=1+1"],
  ["every triggering line of a multi-line cell", "a\n-b\n+c\nd\n@e", "a\n'-b\n'+c\nd\n'@e"],
  ["empty lines before a trigger", "\n\n=x", "'\n'\n'=x"],
  ["first line triggers, second does not", "=x\ny", "'=x\ny"],
  ["one apostrophe before a trigger", "'=1", "''=1"],
  ["two apostrophes before a trigger", "''+1", "'''+1"],
  ["apostrophe before a trigger on the second line", "x\n'=1", "x\n''=1"],
  ["LF at the start, then an apostrophe before a trigger", "\n'=1", "'\n''=1"],
];

/** Cells that must pass unchanged. */
const SAFE: [string, string][] = [
  ["plain text", "Ausbildungsförderung (BAföG)"],
  ["digits", "10056"],
  ["empty", ""],
  ["= in the middle", "a=b"],
  ["- in the middle", "Ein- & Auswanderung"],
  ["apostrophe without trigger", "'Zitat'"],
  ["apostrophes only", "''"],
  ["multi-line without triggers", "Geburt\nFamilie\r\nKind"],
  ["space before =", " =1"],
  ["https address", "https://www.sachsen-anhalt.de/"],
];

describe("escapeFormula", () => {
  it.each(CASES)("escapes %s", (_label, original, escaped) => {
    expect(escapeFormula(original)).toBe(escaped);
  });

  it.each(SAFE)("leaves %s unchanged", (_label, cell) => {
    expect(escapeFormula(cell)).toBe(cell);
  });

  it.each(["=", "+", "-", "@", "\t", "\r", "\n"])("no line of an escaped cell starts with a trigger (%j)", (trigger) => {
    const escaped = escapeFormula(`${trigger}x\n${trigger}y`);
    expect(escaped.startsWith("'")).toBe(true);
    for (const line of escaped.split("\n")) expect(line).not.toMatch(/^[=+\-@\t\r\n]/);
  });
});

describe("unescapeFormula", () => {
  it.each(CASES)("restores %s", (_label, original, escaped) => {
    expect(unescapeFormula(escaped)).toBe(original);
  });

  it.each(SAFE)("leaves %s unchanged", (_label, cell) => {
    expect(unescapeFormula(cell)).toBe(cell);
  });

  it.each(CASES)("round trip escape → unescape: %s", (_label, original) => {
    expect(unescapeFormula(escapeFormula(original))).toBe(original);
  });

  it.each(SAFE)("round trip escape → unescape: %s", (_label, cell) => {
    expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
  });
});
