/**
 * A prepared snapshot of a Dataset: every typed array of it (codes, string tables, search index)
 * and every sort order, in one binary file beside the Stand's CSV. Loading one maps the arrays
 * onto the file's bytes: nothing is parsed per row, so a Stand is ready in milliseconds and a
 * swap never stalls requests. The header names the CSV's SHA-256 (a snapshot of another file is
 * never used) and the SHA-256 of the body (a damaged snapshot is never used); either mismatch
 * means: rebuild from the CSV.
 *
 * Layout: "OZGSNAP1" · u32 header length · header (JSON, UTF-8) · sections, each 8-byte aligned.
 */
import { createHash } from "node:crypto";
import {
  type CodeLists,
  type Dataset,
  MULTI_TEXT_FIELDS,
  type MultiTextField,
  SINGLE_TEXT_FIELDS,
  type SingleTextField,
  TEXT_FIELDS,
  type TextField,
} from "./dataset";
import type { SearchText, WordIndex } from "./search-index";
import { SORT_KEYS, allSortOrders, primeSortOrders, sortKeyName } from "./sort";
import type { StringTable } from "./string-table";
import {
  type ControlledField,
  MULTI_CONTROLLED_FIELDS,
  type MultiControlledField,
  SINGLE_CONTROLLED_FIELDS,
  type SingleControlledField,
} from "../vocabulary";

const MAGIC = "OZGSNAP1";
const VERSION = 1;

type ArrayKind = "u8" | "u16" | "u32" | "f64" | "latin1";

interface SectionInfo {
  kind: ArrayKind;
  offset: number;
  byteLength: number;
}

interface Header {
  version: number;
  stand: string;
  rowCount: number;
  /** SHA-256 (hex) of the CSV this snapshot was built from. */
  sourceSha256: string;
  /** SHA-256 (hex) of everything after the header. */
  bodySha256: string;
  dictionaries: Record<ControlledField, readonly string[]>;
  sections: Record<string, SectionInfo>;
}

type Section = { name: string; kind: ArrayKind; bytes: Uint8Array };

function bytesOf(array: Uint8Array | Uint16Array | Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function sectionsOf(dataset: Dataset): Section[] {
  const sections: Section[] = [];
  const add = (name: string, kind: ArrayKind, array: Uint8Array | Uint16Array | Uint32Array | Float64Array) =>
    sections.push({ name, kind, bytes: bytesOf(array) });
  const addText = (name: string, text: SearchText) => {
    sections.push({ name: `${name}.corpus`, kind: "latin1", bytes: Buffer.from(text.corpus, "latin1") });
    add(`${name}.start`, "u32", text.start);
  };
  for (const field of SINGLE_CONTROLLED_FIELDS) add(`codes.${field}`, "u16", dataset.codes[field]);
  for (const field of MULTI_CONTROLLED_FIELDS) {
    add(`lists.${field}.start`, "u32", dataset.lists[field].start);
    add(`lists.${field}.codes`, "u16", dataset.lists[field].codes);
  }
  for (const field of TEXT_FIELDS) {
    add(`strings.${field}.bytes`, "u8", dataset.strings[field].bytes);
    add(`strings.${field}.offsets`, "u32", dataset.strings[field].offsets);
  }
  for (const field of SINGLE_TEXT_FIELDS) add(`textCodes.${field}`, "u32", dataset.textCodes[field]);
  for (const field of MULTI_TEXT_FIELDS) {
    add(`textLists.${field}.start`, "u32", dataset.textLists[field].start);
    add(`textLists.${field}.codes`, "u32", dataset.textLists[field].codes);
  }
  add("ozgIdNumbers", "f64", dataset.ozgIdNumbers);
  addText("search.words", dataset.search.words);
  add("search.rowsStart", "u32", dataset.search.rowsStart);
  add("search.rows", "u32", dataset.search.rows);
  addText("ozgIdText", dataset.ozgIdText);
  addText("sharedSearch", dataset.sharedSearch);
  add("sharedSearchCode", "u32", dataset.sharedSearchCode);
  const orders = allSortOrders(dataset);
  for (const { field, desc } of SORT_KEYS) {
    const key = sortKeyName(field, desc);
    add(`sort.${key}`, "u32", orders.get(key)!);
  }
  return sections;
}

const align8 = (n: number) => (n + 7) & ~7;

/** The snapshot of a Dataset built from the CSV with the given SHA-256 (builds every sort order first). */
export function writeSnapshot(dataset: Dataset, sourceSha256: string): Uint8Array {
  const sections = sectionsOf(dataset);
  const infos: Record<string, SectionInfo> = {};
  let bodyLength = 0;
  for (const s of sections) {
    infos[s.name] = { kind: s.kind, offset: bodyLength, byteLength: s.bytes.byteLength };
    bodyLength = align8(bodyLength + s.bytes.byteLength);
  }
  const body = new Uint8Array(bodyLength);
  for (const s of sections) body.set(s.bytes, infos[s.name].offset);
  const header: Header = {
    version: VERSION,
    stand: dataset.stand,
    rowCount: dataset.rowCount,
    sourceSha256,
    bodySha256: createHash("sha256").update(body).digest("hex"),
    dictionaries: dataset.dictionaries,
    sections: infos,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const bodyStart = align8(MAGIC.length + 4 + headerBytes.length);
  const out = new Uint8Array(bodyStart + bodyLength);
  out.set(Buffer.from(MAGIC, "latin1"), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  out.set(body, bodyStart);
  return out;
}

export type SnapshotRead = { ok: true; dataset: Dataset } | { ok: false; reason: string };

/**
 * The Dataset of a snapshot, or why it cannot be used (another CSV, a damaged or foreign file):
 * then the caller rebuilds from the CSV. The arrays are views onto `bytes`; do not reuse them.
 */
export function readSnapshot(input: Uint8Array, expectedSourceSha256: string): SnapshotRead {
  // Typed arrays need aligned offsets; a buffer that does not start on 8 bytes is copied once.
  const bytes = input.byteOffset % 8 === 0 ? input : new Uint8Array(input);
  if (bytes.byteLength < MAGIC.length + 4 || Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).toString("latin1") !== MAGIC) {
    return { ok: false, reason: "keine Index-Datei dieses Programms" };
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length, true);
  const bodyStart = align8(MAGIC.length + 4 + headerLength);
  if (bodyStart > bytes.byteLength) return { ok: false, reason: "Index-Datei abgeschnitten" };
  let header: Header;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + MAGIC.length + 4, headerLength).toString("utf8")) as Header;
  } catch {
    return { ok: false, reason: "Kopf der Index-Datei unlesbar" };
  }
  if (header.version !== VERSION) return { ok: false, reason: `Index-Datei in Version ${header.version}` };
  if (header.sourceSha256 !== expectedSourceSha256) return { ok: false, reason: "Index-Datei gehört zu einer anderen Datei" };
  const body = bytes.subarray(bodyStart);
  if (createHash("sha256").update(body).digest("hex") !== header.bodySha256) return { ok: false, reason: "Index-Datei beschädigt" };
  const at = body.byteOffset;
  const buffer = body.buffer;

  function view(name: string): Uint8Array | Uint16Array | Uint32Array | Float64Array {
    const info = header.sections[name];
    if (!info || info.offset + info.byteLength > body.byteLength) throw new Error(`Abschnitt ${name} fehlt`);
    const start = at + info.offset;
    switch (info.kind) {
      case "u16":
        return new Uint16Array(buffer, start, info.byteLength / 2);
      case "u32":
        return new Uint32Array(buffer, start, info.byteLength / 4);
      case "f64":
        return new Float64Array(buffer, start, info.byteLength / 8);
      default:
        return new Uint8Array(buffer, start, info.byteLength);
    }
  }
  const u16 = (name: string) => view(name) as Uint16Array;
  const u32 = (name: string) => view(name) as Uint32Array;
  const text = (name: string): SearchText => {
    const corpus = view(`${name}.corpus`) as Uint8Array;
    return { corpus: Buffer.from(corpus.buffer, corpus.byteOffset, corpus.byteLength).toString("latin1"), start: u32(`${name}.start`) };
  };

  try {
    const codes = {} as Record<SingleControlledField, Uint16Array>;
    for (const field of SINGLE_CONTROLLED_FIELDS) codes[field] = u16(`codes.${field}`);
    const lists = {} as Record<MultiControlledField, CodeLists>;
    for (const field of MULTI_CONTROLLED_FIELDS) lists[field] = { start: u32(`lists.${field}.start`), codes: u16(`lists.${field}.codes`) };
    const strings = {} as Record<TextField, StringTable>;
    for (const field of TEXT_FIELDS) strings[field] = { bytes: view(`strings.${field}.bytes`) as Uint8Array, offsets: u32(`strings.${field}.offsets`) };
    const textCodes = {} as Record<SingleTextField, Uint32Array>;
    for (const field of SINGLE_TEXT_FIELDS) textCodes[field] = u32(`textCodes.${field}`);
    const textLists = {} as Record<MultiTextField, CodeLists<Uint32Array>>;
    for (const field of MULTI_TEXT_FIELDS) textLists[field] = { start: u32(`textLists.${field}.start`), codes: u32(`textLists.${field}.codes`) };
    const search: WordIndex = { words: text("search.words"), rowsStart: u32("search.rowsStart"), rows: u32("search.rows") };
    const dataset: Dataset = {
      stand: header.stand,
      rowCount: header.rowCount,
      dictionaries: header.dictionaries,
      codes,
      lists,
      strings,
      textCodes,
      textLists,
      ozgIdNumbers: view("ozgIdNumbers") as Float64Array,
      search,
      ozgIdText: text("ozgIdText"),
      sharedSearch: text("sharedSearch"),
      sharedSearchCode: u32("sharedSearchCode"),
    };
    const orders = new Map<string, Uint32Array>();
    for (const { field, desc } of SORT_KEYS) orders.set(sortKeyName(field, desc), u32(`sort.${sortKeyName(field, desc)}`));
    primeSortOrders(dataset, orders);
    return { ok: true, dataset };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
