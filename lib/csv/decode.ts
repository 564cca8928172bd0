/**
 * Bytes of an uploaded or published CSV → text. Excel writes UTF-8 with BOM ("CSV UTF-8"),
 * Windows-1252 ("CSV (Trennzeichen-getrennt)") or UTF-16 ("Unicode-Text"); we accept all three.
 */
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: "empty" | "binary" | "encoding"; message: string };

const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Known non-CSV formats people upload by mistake, with a German hint what to do instead. */
function describeBinary(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return "Die Datei ist eine Excel-Arbeitsmappe (.xlsx) oder ein ZIP-Archiv, keine CSV-Datei. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.";
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return "Die Datei ist eine alte Excel-Arbeitsmappe (.xls) oder eine verschlüsselte Arbeitsmappe. Bitte in Excel „Speichern unter“ → „Excel-Arbeitsmappe (.xlsx)“ ohne Kennwort oder „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.";
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "Die Datei ist ein PDF-Dokument, keine CSV-Datei.";
  // Only a sniff of the start: a NUL further on reaches the cell checks, which name its row and column.
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return "Die Datei enthält Binärdaten (Null-Bytes) und ist keine CSV-Textdatei.";
  return undefined;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), "utf-16be");

  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    return { ok: false, reason: "empty", message: "Die Datei ist leer." };
  }
  const binary = describeBinary(body);
  if (binary) return { ok: false, reason: "binary", message: binary };

  try {
    return { ok: true, text: UTF8_STRICT.decode(body), encoding: "utf-8", bom };
  } catch {
    if (bom) return { ok: false, reason: "encoding", message: "Die Datei ist als UTF-8 gekennzeichnet, enthält aber ungültige UTF-8-Zeichen." };
    // Not valid UTF-8: old Excel's Windows-1252. iconv-lite maps 0x80–0x9F (€ „ “ – …) correctly,
    // unlike Node 20's TextDecoder.
    return { ok: true, text: iconv.decode(Buffer.from(body), "windows-1252"), encoding: "windows-1252", bom: false };
  }
}

function utf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  const text = iconv.decode(Buffer.from(body), encoding);
  if (text.trim() === "") return { ok: false, reason: "empty", message: "Die Datei ist leer." };
  return { ok: true, text, encoding, bom: true };
}
