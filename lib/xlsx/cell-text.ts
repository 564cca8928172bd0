/**
 * A workbook cell as the sheet shows it, in German: what staff see is what is checked.
 * Integers as plain digits (an OZG-ID or a 14-digit LeiKa key, never "9,9041E+13"), other
 * numbers with a decimal comma and no trailing ",0", dates as TT.MM.JJJJ, formats with a
 * fixed number of digits ("00000", "0,00") as formatted, WAHR/FALSCH for truth values.
 */
import { SSF } from "@e965/xlsx";

export interface SheetCell {
  t?: string;
  v?: unknown;
  /** Number format code. */
  z?: string | number;
  /** Formula, when the cell has one. */
  f?: string;
}

export type ShownCell =
  | { ok: true; text: string; formula?: string }
  | { ok: false; text: string; problem: string; formula?: string };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function dateText(serial: number, date1904: boolean): string {
  const d = SSF.parse_date_code(serial, { date1904 });
  const date = `${pad(d.d)}.${pad(d.m)}.${pad(d.y, 4)}`;
  return d.H || d.M || d.S ? `${date} ${pad(d.H)}:${pad(d.M)}` : date;
}

/** "1.5" → "1,5"; en-US digit groups and decimals of SSF swapped to German. */
function germanNumber(text: string): string {
  return text.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}

function numberText(value: number, format: string, date1904: boolean): string {
  if (format && SSF.is_date(format)) return dateText(value, date1904);
  const plain = format === "" || format === "General" || format === "@";
  if (plain || !Number.isFinite(value)) {
    if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : BigInt(Math.round(value)).toString();
    return germanNumber(String(Number(value.toPrecision(15))));
  }
  try {
    return germanNumber(SSF.format(format, value));
  } catch {
    return germanNumber(String(value));
  }
}

/** The shown text of one cell (null or missing: ""). */
export function shownText(cell: SheetCell | null | undefined, date1904 = false): ShownCell {
  if (!cell) return { ok: true, text: "" };
  const formula = typeof cell.f === "string" && cell.f !== "" ? cell.f : cell.f !== undefined ? "" : undefined;
  const withFormula = <T extends ShownCell>(shown: T): T => (formula !== undefined ? { ...shown, formula } : shown);
  const format = cell.z === undefined ? "" : String(cell.z);
  switch (cell.t) {
    case "s":
    case "str":
      return withFormula({ ok: true, text: String(cell.v ?? "") });
    case "n":
      return withFormula({ ok: true, text: typeof cell.v === "number" ? numberText(cell.v, format, date1904) : "" });
    case "b":
      return withFormula({ ok: true, text: cell.v ? "WAHR" : "FALSCH" });
    case "d":
      return withFormula({ ok: true, text: cell.v instanceof Date ? dateText(toSerial(cell.v), false) : String(cell.v ?? "") });
    case "e":
      return withFormula({ ok: false, text: "", problem: "Die Zelle enthält einen Excel-Fehlerwert statt eines Wertes. Bitte die Zelle korrigieren." });
    case "z":
      if (formula !== undefined) {
        return { ok: false, text: "", formula, problem: "Die Zelle enthält eine Formel ohne gespeichertes Ergebnis. Bitte die Datei in Excel oder Calc öffnen, neu berechnen und speichern, oder den Wert eintragen." };
      }
      return { ok: true, text: "" };
    default:
      return withFormula({ ok: true, text: cell.v === undefined || cell.v === null ? "" : String(cell.v) });
  }
}

/** Days since 1899-12-30 (Excel's day 0), for a date cell read as a Date. */
function toSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}
