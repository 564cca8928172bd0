/**
 * Distinct strings of one column, stored once as UTF-8 bytes with offsets: no JavaScript string
 * or object per row stays in memory, and a prepared snapshot maps straight onto these arrays.
 * A value is decoded when a page asks for it. Server only (uses Node's Buffer for decoding).
 */

export interface StringTable {
  /** UTF-8 bytes of all values, one after another. */
  bytes: Uint8Array;
  /** Value i spans bytes[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
}

const encoder = new TextEncoder();

/** A table of the given distinct values, in that order. */
export function stringTable(values: readonly string[]): StringTable {
  const encoded = values.map((v) => encoder.encode(v));
  const offsets = new Uint32Array(values.length + 1);
  for (let i = 0; i < encoded.length; i++) offsets[i + 1] = offsets[i] + encoded[i].length;
  const bytes = new Uint8Array(offsets[values.length]);
  encoded.forEach((e, i) => bytes.set(e, offsets[i]));
  return { bytes, offsets };
}

const views = new WeakMap<Uint8Array, Buffer>();

function bufferOf(bytes: Uint8Array): Buffer {
  let buffer = views.get(bytes);
  if (!buffer) views.set(bytes, (buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  return buffer;
}

export function tableSize(table: StringTable): number {
  return table.offsets.length - 1;
}

/** Value i of the table. */
export function tableValue(table: StringTable, i: number): string {
  const { offsets } = table;
  return bufferOf(table.bytes).toString("utf8", offsets[i], offsets[i + 1]);
}

/** Every value of the table, decoded (for building sort orders). */
export function tableValues(table: StringTable): string[] {
  const n = tableSize(table);
  const values = new Array<string>(n);
  for (let i = 0; i < n; i++) values[i] = tableValue(table, i);
  return values;
}

/** Builds a table while assigning codes: code(value) gives each distinct value its index. */
export class TableBuilder {
  private readonly codes = new Map<string, number>();
  private readonly values: string[] = [];

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codes.set(value, code);
    }
    return code;
  }

  build(): StringTable {
    return stringTable(this.values);
  }
}
