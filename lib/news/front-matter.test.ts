import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./front-matter";

describe("parseFrontMatter", () => {
  it("reads scalars, quoted scalars, inline and block lists, and the body", () => {
    const text = [
      "---",
      "title: Digitale Einbürgerung: Pilotkommunen gesucht",
      'quoted: "mit \\"Anführungszeichen\\" und # Raute"',
      "single: 'It''s'",
      "ozgIds: [10257, \"10258\"]",
      "# a comment",
      "",
      "more:",
      "  - eins",
      "- zwei",
      "---",
      "# Überschrift",
      "",
      "Text",
    ].join("\n");
    const { data, body, errors } = parseFrontMatter(text);
    expect(errors).toEqual([]);
    expect(data).toEqual({
      title: "Digitale Einbürgerung: Pilotkommunen gesucht",
      quoted: 'mit "Anführungszeichen" und # Raute',
      single: "It's",
      ozgIds: ["10257", "10258"],
      more: ["eins", "zwei"],
    });
    expect(body).toBe("# Überschrift\n\nText");
  });

  it("keeps every value a string (no YAML numbers, booleans or dates)", () => {
    const { data } = parseFrontMatter("---\ndate: 2022-11-21\nflag: no\nid: 010257\n---\n");
    expect(data).toEqual({ date: "2022-11-21", flag: "no", id: "010257" });
  });

  it("accepts a BOM and CRLF line ends", () => {
    const { data, body, errors } = parseFrontMatter("\uFEFF---\r\ntitle: A\r\n---\r\nZeile 1\r\nZeile 2");
    expect(errors).toEqual([]);
    expect(data).toEqual({ title: "A" });
    expect(body).toBe("Zeile 1\nZeile 2");
  });

  it("gives an empty key with no list items the value \"\" and an empty inline list []", () => {
    expect(parseFrontMatter("---\nlocation:\nozgIds: []\n---\n").data).toEqual({ location: "", ozgIds: [] });
  });

  it.each([
    ["no opening fence", "title: A\n---\n", 1, "erste Zeile muss „---“"],
    ["no closing fence", "---\ntitle: A\n", 1, "nicht mit einer Zeile „---“ abgeschlossen"],
    ["a key twice", "---\ntitle: A\ntitle: B\n---\n", 3, "„title“ kommt mehrmals vor"],
    ["a list item without a key", "---\n- 10257\n---\n", 2, "Listenpunkt"],
    ["a nested map", "---\ntitle: A\n  sub: x\n---\n", 3, "nicht verstanden"],
    ["a key without space after the colon", "---\ndate:2022-11-01\n---\n", 2, "nicht verstanden"],
    ["an unclosed quote", '---\ntitle: "A\n---\n', 2, "Anführungszeichen"],
    ["an unclosed inline list", "---\nozgIds: [1, 2\n---\n", 2, "nicht richtig geschlossen"],
  ])("reports %s with its line", (_name, text, line, message) => {
    const { errors } = parseFrontMatter(text);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(line);
    expect(errors[0].message).toContain(message);
  });

  it("reports every bad line, not only the first", () => {
    const { errors } = parseFrontMatter("---\nfoo\nbar\ntitle: A\n---\n");
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
  });
});

describe("quoted scalars", () => {
  it.each([
    ['"a"', "a"],
    ['"a \\"b\\""', 'a "b"'],
    ['"ends in backslash \\\\"', "ends in backslash \\"],
    ["'it''s'", "it's"],
    ['""', ""],
  ])("%s → %j", (raw, value) => {
    const { data, errors } = parseFrontMatter(`---\nkey: ${raw}\n---\n`);
    expect(errors).toEqual([]);
    expect(data.key).toBe(value);
  });

  it.each(['"a', '"a\\"', '"', "'a"])("%s is not closed", (raw) => {
    expect(parseFrontMatter(`---\nkey: ${raw}\n---\n`).errors[0]?.message).toContain("Anführungszeichen");
  });
});
