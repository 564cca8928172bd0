import { describe, expect, it } from "vitest";
import { MAX_SHOWN_PROBLEMS, MAX_UPLOAD_BYTES, checkUploadedFile } from "./check-upload";

function fakeFile(name: string, text: string, size = Buffer.byteLength(text)) {
  return { name, size, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer };
}

describe("checkUploadedFile", () => {
  it("asks for a file when none was chosen, and names an empty one", async () => {
    expect(await checkUploadedFile(null)).toEqual({ ok: false, message: "Bitte wählen Sie eine CSV-Datei aus." });
    expect(await checkUploadedFile(fakeFile("", ""))).toEqual({ ok: false, message: "Bitte wählen Sie eine CSV-Datei aus." });
    expect(await checkUploadedFile(fakeFile("leer.csv", ""))).toEqual({ ok: false, message: "Die Datei ist leer." });
  });

  it("refuses an oversized file before reading it", async () => {
    const file = { name: "gross.csv", size: MAX_UPLOAD_BYTES + 1, arrayBuffer: () => Promise.reject(new Error("must not be read")) };
    expect(await checkUploadedFile(file)).toEqual({
      ok: false,
      message: "Die Datei ist zu groß (25 MB). Erlaubt sind höchstens 25 MB; größere Dateien bitte mit „npm run validate“ prüfen.",
    });
  });

  it("reports a valid file", async () => {
    const check = await checkUploadedFile(fakeFile("ok.csv", "OZG-ID;Leistung;Themenfeld\r\n10000;Elterngeld;Familie & Kind\r\n"));
    expect(check).toEqual({
      ok: true,
      report: { file: "ok.csv", rows: 1, errors: [], warnings: [] },
      errorCount: 0,
      warningCount: 0,
      unreadable: false,
    });
  });

  it("reports every problem with its line, and sends at most the first 500", async () => {
    const body = Array.from({ length: 600 }, (_, i) => `${10000 + i};Leistung ${i};Unbekannt\r\n`).join("");
    const check = await checkUploadedFile(fakeFile("fehler.csv", "OZG-ID;Leistung;Themenfeld\r\n" + body));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.errorCount).toBe(600);
    expect(check.report.errors).toHaveLength(MAX_SHOWN_PROBLEMS);
    expect(check.report.errors[0].message).toBe(
      "Zeile 2, Spalte „Themenfeld“: „Unbekannt“ ist kein bekanntes Themenfeld. Erlaubt: Arbeit & Ruhestand, Bauen & Wohnen, Bildung, Ein- & Auswanderung, Engagement & Hobby, Familie & Kind, Forschung & Förderung, Gesundheit, Mobilität & Reisen, Querschnitt, Recht & Ordnung, Steuern & Zoll, Umwelt, Unternehmensführung & -entwicklung.",
    );
  });
});
