/** The report as the page sends it back for a download (client-safe: no server imports). */
import type { Problem } from "./read";

type Shown = Pick<Problem, "row" | "column" | "value" | "text"> & Partial<Pick<Problem, "ozgId" | "leistung">>;

export function reportPayload(report: { file: string; errors: Shown[]; warnings: Shown[] }): string {
  const pick = (p: Shown) => ({
    row: p.row,
    column: p.column,
    value: p.value,
    text: p.text,
    ...(p.ozgId !== undefined ? { ozgId: p.ozgId } : {}),
    ...(p.leistung !== undefined ? { leistung: p.leistung } : {}),
  });
  return JSON.stringify({ file: report.file, errors: report.errors.map(pick), warnings: report.warnings.map(pick) });
}
