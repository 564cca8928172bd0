import { describe, expect, it } from "vitest";
import { buildWordIndex, forEachTextContaining, joinTexts, markRowsContaining } from "./search-index";

function rowsWith(texts: string[], word: string): number[] {
  const marks = new Uint8Array(texts.length);
  markRowsContaining(buildWordIndex(texts), word, marks);
  return [...marks.keys()].filter((r) => marks[r] === 1);
}

describe("buildWordIndex / markRowsContaining", () => {
  const texts = ["10001\nelterngeld\n", "10002\nkindergeld kinder\n", "10003\nstrassensondernutzung\nsondernutzung von strassen\n", ""];

  it.each([
    ["geld", [0, 1]],
    ["kinder", [1]],
    ["strasse", [2]],
    ["nutzung", [2]],
    ["1000", [0, 1, 2]],
    ["10002", [1]],
    ["von", [2]],
    ["xyz", []],
  ])("finds %s inside words, each row once", (word, expected) => {
    expect(rowsWith(texts, word)).toEqual(expected);
  });

  it("lists a word repeated in one row once", () => {
    const index = buildWordIndex(["a a a", "a"]);
    expect([...index.rows]).toEqual([0, 1]);
  });
});

describe("forEachTextContaining", () => {
  it("reports each text once, in order", () => {
    const found: number[] = [];
    forEachTextContaining(joinTexts(["abc abc\n", "xyz\n", "zabc\n"]), "abc", (t) => found.push(t));
    expect(found).toEqual([0, 2]);
  });
});
