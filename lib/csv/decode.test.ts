import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./decode";

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function decoded(bytes: number[] | Buffer) {
  const result = decodeCsvBytes(bytes instanceof Buffer ? bytes : Buffer.from(bytes));
  if (!result.ok) throw new Error(`expected text, got ${result.reason}: ${result.message}`);
  return result;
}

describe("decodeCsvBytes: UTF-8", () => {
  it("decodes UTF-8 without BOM", () => {
    // "Förderung;ß" as UTF-8 bytes
    const r = decoded([0x46, 0xc3, 0xb6, 0x72, 0x64, 0x65, 0x72, 0x75, 0x6e, 0x67, 0x3b, 0xc3, 0x9f]);
    expect(r).toEqual({ ok: true, text: "Förderung;ß", encoding: "utf-8", bom: false });
  });

  it("decodes UTF-8 with BOM and drops the BOM", () => {
    const r = decoded([0xef, 0xbb, 0xbf, ...ascii("OZG-ID;Leistung"), 0xe2, 0x80, 0x93]);
    expect(r).toEqual({ ok: true, text: "OZG-ID;Leistung–", encoding: "utf-8", bom: true });
  });

  it("rejects a file marked as UTF-8 (BOM) that holds invalid UTF-8", () => {
    const r = decodeCsvBytes(Buffer.from([0xef, 0xbb, 0xbf, ...ascii("a;b"), 0xe4, 0x0d, 0x0a]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("encoding");
  });
});

describe("decodeCsvBytes: Windows-1252", () => {
  it.each([
    ["80", "€"],
    ["84", "„"],
    ["93", "“"],
    ["94", "”"],
    ["96", "–"],
    ["97", "—"],
    ["85", "…"],
    ["82", "‚"],
    ["E4", "ä"],
    ["F6", "ö"],
    ["FC", "ü"],
    ["DF", "ß"],
    ["C4", "Ä"],
    ["D6", "Ö"],
    ["DC", "Ü"],
    ["A7", "§"],
  ])("byte 0x%s decodes to %s", (hex, expected) => {
    const r = decoded([...ascii("x;"), parseInt(hex, 16), ...ascii(";y")]);
    expect(r.encoding).toBe("windows-1252");
    expect(r.bom).toBe(false);
    expect(r.text).toBe(`x;${expected};y`);
  });

  it("decodes a whole Bemerkung with € „ “ ” – … and umlauts", () => {
    // Bemerkung;„Gebühr 5 €“ – ”ok“…;Straße Größe Übung
    const bytes = [
      ...ascii("Bemerkung;"),
      0x84, ...ascii("Geb"), 0xfc, ...ascii("hr 5 "), 0x80, 0x93,
      ...ascii(" "), 0x96, ...ascii(" "), 0x94, ...ascii("ok"), 0x93, 0x85,
      ...ascii(";Stra"), 0xdf, ...ascii("e Gr"), 0xf6, 0xdf, ...ascii("e "), 0xdc, ...ascii("bung\r\n"),
    ];
    const r = decoded(bytes);
    expect(r.encoding).toBe("windows-1252");
    expect(r.text).toBe("Bemerkung;„Gebühr 5 €“ – ”ok“…;Straße Größe Übung\r\n");
  });

  it("is not Node's TextDecoder (which maps 0x80–0x9F to control characters)", () => {
    const r = decoded([0x80, 0x84, 0x93, 0x96, 0x85]);
    expect(r.text).toBe("€„“–…");
    expect([...r.text].every((c) => c.charCodeAt(0) > 0x9f)).toBe(true);
  });
});

describe("decodeCsvBytes: UTF-16", () => {
  it("decodes UTF-16LE with BOM", () => {
    const r = decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("OZG-ID\tLeistung\r\n10092\tWohngeld – „ä“ €", "utf16le")]));
    expect(r).toEqual({ ok: true, text: "OZG-ID\tLeistung\r\n10092\tWohngeld – „ä“ €", encoding: "utf-16le", bom: true });
  });

  it("decodes UTF-16BE with BOM", () => {
    const le = Buffer.from("Phase;Ä€", "utf16le");
    const be = Buffer.from(le).swap16();
    const r = decoded(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(r.text).toBe("Phase;Ä€");
    expect(r.encoding).toBe("utf-16be");
  });

  it("reports an empty UTF-16 file as empty", () => {
    const r = decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(" \r\n", "utf16le")]));
    expect(r).toEqual({ ok: false, reason: "empty", message: "Die Datei ist leer." });
  });
});

describe("decodeCsvBytes: empty and binary files", () => {
  it.each([
    ["no bytes", []],
    ["spaces and line breaks", ascii("  \r\n\t\n ")],
    ["only a BOM", [0xef, 0xbb, 0xbf]],
    ["a BOM and a line break", [0xef, 0xbb, 0xbf, 0x0d, 0x0a]],
  ])("%s → „Die Datei ist leer.“", (_label, bytes) => {
    expect(decodeCsvBytes(Buffer.from(bytes as number[]))).toEqual({ ok: false, reason: "empty", message: "Die Datei ist leer." });
  });

  it.each([
    [
      "xlsx (ZIP)",
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
      "Die Datei ist eine Excel-Arbeitsmappe (.xlsx) oder ein ZIP-Archiv, keine CSV-Datei. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.",
    ],
    [
      "xls (OLE)",
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      "Die Datei ist eine alte Excel-Arbeitsmappe (.xls) oder eine verschlüsselte Arbeitsmappe. Bitte in Excel „Speichern unter“ → „Excel-Arbeitsmappe (.xlsx)“ ohne Kennwort oder „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.",
    ],
    ["PDF", ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "Die Datei ist ein PDF-Dokument, keine CSV-Datei."],
    [
      "NUL bytes",
      [...ascii("OZG-ID;Leistung\r\n"), 0x00, 0x01, 0x02, 0x00],
      "Die Datei enthält Binärdaten (Null-Bytes) und ist keine CSV-Textdatei.",
    ],
    ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], "Die Datei enthält Binärdaten (Null-Bytes) und ist keine CSV-Textdatei."],
  ])("%s → binary with a German message", (_label, bytes, message) => {
    expect(decodeCsvBytes(Buffer.from(bytes))).toEqual({ ok: false, reason: "binary", message });
  });
});
