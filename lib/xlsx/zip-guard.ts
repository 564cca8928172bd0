/**
 * Refuses a workbook bomb before any spreadsheet parser sees it. An .xlsx is a ZIP of XML parts;
 * a hostile one declares small parts that inflate to gigabytes, overlaps entries, nests XML
 * elements millions deep or holds millions of shared strings. The reader (SheetJS) inflates every
 * entry eagerly from its local header until the deflate stream ends, so this guard walks the same
 * entries the same way, streaming (bounded memory), and stops at the first limit exceeded.
 */
import { createInflateRaw } from "node:zlib";

export const WORKBOOK_LIMITS = {
  /** All parts together, inflated: our 100,000-row export is about 70 MB. */
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntries: 2_000,
  /** Element nesting in any XML part; real sheets need fewer than 10. */
  maxDepth: 100,
  /** Entries of the shared string table (each costs memory in the reader). */
  maxSharedStrings: 2_000_000,
} as const;

export type GuardResult = { ok: true } | { ok: false; message: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const REFUSED = "Die Arbeitsmappe wird nicht gelesen:";

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function refuse(reason: string): GuardResult {
  return { ok: false, message: `${REFUSED} ${reason}` };
}

function centralDirectory(bytes: Buffer): Entry[] | string {
  // The last end-of-central-directory record, searched from the end as the reader does.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "Sie ist kein gültiges ZIP-Archiv (beschädigt oder unvollständig gespeichert).";
  const count = bytes.readUInt16LE(eocd + 8);
  let at = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return "Sie ist ein ZIP64-Archiv; so große Arbeitsmappen werden nicht unterstützt.";
  if (count > WORKBOOK_LIMITS.maxEntries) return `Sie enthält ${count} Teile (erlaubt sind ${WORKBOOK_LIMITS.maxEntries}).`;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return "Ihr Inhaltsverzeichnis ist beschädigt.";
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("latin1", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Tracks XML nesting depth and counts `<si` elements over a byte stream, chunk by chunk. */
class XmlScan {
  depth = 0;
  maxDepth = 0;
  sharedStrings = 0;
  private previous = -1;
  private beforePrevious = -1;

  feed(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.previous === 0x3c /* < */) {
        if (b === 0x2f /* / */) this.depth--;
        else if (b !== 0x3f /* ? */ && b !== 0x21 /* ! */) {
          this.depth++;
          if (this.depth > this.maxDepth) this.maxDepth = this.depth;
          if (b === 0x73 /* s */) this.sharedStrings++; // refined below: "<si" only
        }
      } else if (b === 0x3e /* > */ && this.previous === 0x2f /* / */) {
        this.depth--;
      } else if (this.beforePrevious === 0x3c && this.previous === 0x73 && b !== 0x69 /* i */) {
        this.sharedStrings--; // "<s…" that is not "<si"
      }
      this.beforePrevious = this.previous;
      this.previous = b;
    }
  }
}

function scanProblem(scan: XmlScan, isSharedStrings: boolean): string | null {
  if (scan.maxDepth > WORKBOOK_LIMITS.maxDepth) return `Ihr XML ist tiefer als ${WORKBOOK_LIMITS.maxDepth} Ebenen verschachtelt.`;
  if (isSharedStrings && scan.sharedStrings > WORKBOOK_LIMITS.maxSharedStrings) {
    return `Sie enthält mehr als ${WORKBOOK_LIMITS.maxSharedStrings.toLocaleString("de-DE")} verschiedene Texte.`;
  }
  return null;
}

/** Inflates one entry's data (to its stream end, as the reader does), counting and scanning. */
function inflateCounting(data: Buffer, limit: number, scan: XmlScan | null, isSharedStrings: boolean): Promise<number | string> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    let settled = false;
    const finish = (value: number | string) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) return finish("Ein Teil entpackt sich zu weit mehr Daten, als er angibt (möglicherweise eine „ZIP-Bombe“).");
      if (scan) {
        scan.feed(chunk);
        const problem = scanProblem(scan, isSharedStrings);
        if (problem) return finish(problem);
      }
    });
    inflate.on("end", () => finish(total));
    inflate.on("error", () => finish("Ein Teil ist beschädigt und lässt sich nicht entpacken."));
    inflate.end(data);
  });
}

/** Checks every entry of the ZIP; resolves quickly (declared sizes first) and with bounded memory. */
export async function guardWorkbook(input: Uint8Array): Promise<GuardResult> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const entries = centralDirectory(bytes);
  if (typeof entries === "string") return refuse(entries);
  // Fast path: the declared sizes alone may already be too much.
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > WORKBOOK_LIMITS.maxTotalBytes) {
    return refuse(`Entpackt wäre sie ${Math.ceil(declared / 1024 / 1024)} MB groß (erlaubt sind ${WORKBOOK_LIMITS.maxTotalBytes / 1024 / 1024} MB).`);
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x41) return refuse("Sie ist verschlüsselt oder mit einem Kennwort geschützt. Bitte ohne Kennwort speichern.");
    const at = entry.offset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return refuse("Ihr Inhaltsverzeichnis verweist ins Leere (beschädigt).");
    const localSize = bytes.readUInt32LE(at + 22);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    // The reader trusts the local header: the larger of both declarations is the most it may write.
    const allowed = Math.max(entry.size, entry.flags & 0x08 ? 0 : localSize);
    if (total + allowed > WORKBOOK_LIMITS.maxTotalBytes) return refuse(`Entpackt wäre sie größer als ${WORKBOOK_LIMITS.maxTotalBytes / 1024 / 1024} MB.`);
    const xml = /\.(xml|rels)$/i.test(entry.name);
    const sharedStrings = /sharedStrings\d*\.xml$/i.test(entry.name);
    const scan = xml ? new XmlScan() : null;
    if (entry.method === 0) {
      const stored = entry.flags & 0x08 ? entry.compressedSize : localSize;
      if (scan) {
        scan.feed(bytes.subarray(start, start + stored));
        const problem = scanProblem(scan, sharedStrings);
        if (problem) return refuse(problem);
      }
      total += stored;
      continue;
    }
    if (entry.method !== 8) return refuse(`Ein Teil ist mit einem unbekannten Verfahren (${entry.method}) gepackt.`);
    const outcome = await inflateCounting(bytes.subarray(start), allowed, scan, sharedStrings);
    if (typeof outcome === "string") return refuse(outcome);
    total += outcome;
  }
  return { ok: true };
}
