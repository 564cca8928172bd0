/**
 * Reads an overview file of either kind staff save: a workbook (.xlsx, recognised by its ZIP
 * signature, not by its name) or CSV text. Both go through the same validation.
 */
import { readWorkbookRecords } from "../xlsx/read-workbook";
import { type OverviewReadResult, OverviewValidator, type ReadOptions, emptyResult, fileProblem, readOverview } from "./read";

export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readOverviewFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<OverviewReadResult> {
  if (!isWorkbook(bytes)) return readOverview(bytes, options);
  const workbook = await readWorkbookRecords(bytes);
  if (!workbook.ok) return { ...emptyResult(), format: "xlsx", errors: [fileProblem(workbook.message)], unreadable: true };
  const validator = new OverviewValidator(options);
  for (const record of workbook.records) if (validator.add(record) === "stop") break;
  return { ...validator.finish(), format: "xlsx", sheet: workbook.sheet };
}
