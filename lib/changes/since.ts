/**
 * "Geändert seit": the services of a Stand that are new or changed since an older Stand
 * (`geaendertSeit`), optionally only by changes of some fields (`geaendert`). New services always
 * count: for a reader they are news whatever field they follow.
 */
import type { Dataset } from "../dataset/dataset";
import type { FieldId } from "../vocabulary";
import { type FieldChange, cachedDiff } from "./diff";
import { rowIndexOf } from "../dataset/rows";

export type RowChange = { kind: "neu" } | { kind: "geaendert"; fields: FieldChange[] };

export interface ChangedSince {
  since: string;
  /** 1 for each row of the newer Dataset that is new or changed (in the fields asked for). */
  rows: Uint8Array;
  /** What changed, by OZG-ID, for the rows marked in `rows`. */
  changes: Map<string, RowChange>;
}

export function changedSince(older: Dataset, newer: Dataset, fields: readonly FieldId[]): ChangedSince {
  const diff = cachedDiff(older, newer);
  const rows = new Uint8Array(newer.rowCount);
  const changes = new Map<string, RowChange>();
  for (const row of diff.added) {
    rows[rowIndexOf(newer, row.ozgId)!] = 1;
    changes.set(row.ozgId, { kind: "neu" });
  }
  for (const changed of diff.changed) {
    const counted = fields.length === 0 ? changed.fields : changed.fields.filter((f) => fields.includes(f.field));
    if (counted.length === 0) continue;
    rows[rowIndexOf(newer, changed.ozgId)!] = 1;
    changes.set(changed.ozgId, { kind: "geaendert", fields: counted });
  }
  return { since: older.stand, rows, changes };
}
