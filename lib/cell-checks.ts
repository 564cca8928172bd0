/**
 * Checks every cell for text that would be lost or garbled on the way to a page: control
 * characters and U+FFFD (signs of a file saved in the wrong encoding), bidi overrides that
 * reorder what is shown, and cells too long to be a value. One pass per cell; most cells hold
 * plain text and leave after one regex test.
 */

/** A cell longer than this is an error: Excel's own limit per cell (the OZG catalogue's longest cell has 24,133). */
export const MAX_CELL_LENGTH = 32_767;
/** More values than this in one multi-value cell are an error (the catalogue's most: 317 LeiKa keys in one cell). */
export const MAX_VALUES_PER_CELL = 1_000;

// C0 controls except tab, LF and CR; DEL; C1 controls; the replacement character.
const GARBLED_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;
// Bidi embeddings, overrides and isolates: they reorder the text around them when shown.
const BIDI_RE = /[\u202A-\u202E\u2066-\u2069]/;
// What shows as nothing: whitespace, zero-width characters, soft hyphen, marks, BOM.
const INVISIBLE_RE = /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

/** "U+001E" */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

export interface CellIssue {
  level: "error" | "warning";
  text: string;
}

function garbledText(cell: string): string {
  const found = [...new Set(cell.match(new RegExp(GARBLED_RE.source, "g")) ?? [])];
  const names = found.slice(0, 3).map(codePointName).join(", ") + (found.length > 3 ? " …" : "");
  if (found.length === 1 && found[0] === "\uFFFD") {
    return `Die Zelle enthält das Ersatzzeichen U+FFFD („�“), vermutlich falsche Zeichenkodierung beim Speichern. Bitte die Datei als „CSV UTF-8“ speichern und die Zelle prüfen.`;
  }
  return `Die Zelle enthält ${found.length === 1 ? "das Steuerzeichen" : "die Steuerzeichen"} ${names}, vermutlich falsche Zeichenkodierung beim Speichern. Bitte die Datei als „CSV UTF-8“ speichern und die Zelle prüfen.`;
}

/** Problems of one cell's text; empty for almost every cell. */
export function checkCellText(cell: string): CellIssue[] {
  const issues: CellIssue[] = [];
  if (GARBLED_RE.test(cell)) issues.push({ level: "error", text: garbledText(cell) });
  if (cell.length > MAX_CELL_LENGTH) {
    issues.push({
      level: "error",
      text: `Die Zelle ist ${cell.length.toLocaleString("de-DE")} Zeichen lang; erlaubt sind höchstens ${MAX_CELL_LENGTH.toLocaleString("de-DE")}.`,
    });
  }
  if (BIDI_RE.test(cell)) {
    const found = [...new Set(cell.match(new RegExp(BIDI_RE.source, "g")) ?? [])].map(codePointName).join(", ");
    issues.push({
      level: "warning",
      text: `Die Zelle enthält Steuerzeichen für die Schreibrichtung (${found}); sie können die Anzeige des Textes umordnen. Bitte prüfen, ob sie gewollt sind.`,
    });
  }
  return issues;
}

/** True when the cell shows nothing: only whitespace and invisible characters (U+200B, soft hyphen, …). */
export function isInvisibleOnly(cell: string): boolean {
  return cell.replace(INVISIBLE_RE, "") === "";
}

/** Control and bidi characters made visible as `<U+001B>`, so a terminal shows them instead of obeying them. */
export function escapeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (ch) => `<${codePointName(ch)}>`);
}
