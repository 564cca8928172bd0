import { describe, expect, it } from "vitest";
import { parseNewsFile } from "./schema";

/** A news file from front matter lines as written in the file. */
function parse(fields: Record<string, string>) {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return parseNewsFile("termin.md", ["---", ...lines, "---", "Text"].join("\n"));
}

const EVENT = { title: "Sprechstunde", date: "2022-10-12", category: "Sprechstunde" };

function problems(fields: Record<string, string>): string[] {
  const result = parse(fields);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => p.message);
}

describe("news times (startTime, endTime)", () => {
  it("reads HH:MM and pads a one-digit hour", () => {
    const result = parse({ ...EVENT, startTime: "9:30", endTime: "11:00" });
    expect(result.ok && [result.item.startTime, result.item.endTime]).toEqual(["09:30", "11:00"]);
  });

  it("leaves both out when not given (an all-day date)", () => {
    const result = parse(EVENT);
    expect(result.ok && [result.item.startTime, result.item.endTime]).toEqual([undefined, undefined]);
  });

  it.each<[string, Record<string, string>, string]>([
    ["an invalid time", { ...EVENT, startTime: "25:00" }, "Feld „startTime“: „25:00“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."],
    ["text as time", { ...EVENT, startTime: "vormittags" }, "Feld „startTime“: „vormittags“ ist keine gültige Uhrzeit"],
    ["an end before the start", { ...EVENT, startTime: "14:00", endTime: "13:00" }, "Feld „endTime“: Die Endzeit „13:00“ liegt nicht nach der Beginnzeit „14:00“."],
    ["an end without a start", { ...EVENT, endTime: "13:00" }, "Feld „startTime“: Pflichtangabe fehlt. Zu einer Endzeit gehört eine Beginnzeit"],
    [
      "several days with a start but no end time",
      { ...EVENT, category: "Veranstaltung", endDate: "2022-10-13", startTime: "09:00" },
      "Feld „endTime“: Pflichtangabe fehlt. Ein mehrtägiger Termin mit Beginnzeit braucht eine Endzeit",
    ],
    [
      "a time on a Meldung",
      { title: "M", date: "2022-10-12", category: "Meldung", startTime: "09:00" },
      "Feld „startTime“: Uhrzeiten gibt es nur bei den Kategorien Sprechstunde und Veranstaltung (hier: Meldung).",
    ],
  ])("reports %s", (_name, fields, expected) => {
    expect(problems(fields).join("\n")).toContain(expected);
  });

  it("allows an earlier end time on a later day", () => {
    const result = parse({ ...EVENT, category: "Veranstaltung", endDate: "2022-10-13", startTime: "18:00", endTime: "12:00" });
    expect(result.ok).toBe(true);
  });
});
