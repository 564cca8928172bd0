import { describe, expect, it } from "vitest";
import type { PublicDeclarationRow } from "./declarations";
import { reuseStatistics } from "./statistics";
import type { ReuseStatus } from "../reuse-vocabulary/status";

const row = (ozgId: string, kommuneKey: string, status: ReuseStatus, createdAt = "2026-01-01T00:00:00.000Z"): PublicDeclarationRow => {
  const [kreisKey, gemeinde] = kommuneKey.split(":");
  return { ozgId, kommuneKey, kreisKey, gemeinde: gemeinde ?? null, status, createdAt };
};

describe("reuse statistics", () => {
  it("count each Kommune once per service and name those at Vereinbarung or later", () => {
    const stats = reuseStatistics([
      row("10257", "15085", "vereinbarung"),
      row("10257", "15085", "unbestaetigt", "2026-02-01T00:00:00.000Z"),
      row("10257", "15003", "in-betrieb"),
      row("10257", "15085:Wernigerode", "angebunden"),
      row("10257", "15001", "interesse"),
      row("10257", "15002", "zurueckgezogen"),
      row("10257", "15081", "unbestaetigt"),
      row("10257", "15081", "unbestaetigt", "2026-03-01T00:00:00.000Z"),
      row("10035", "15088", "in-abstimmung"),
    ]);
    expect(stats.get("10257")).toEqual({
      counts: { unbestaetigt: 1, interesse: 1, "in-abstimmung": 0, vereinbarung: 1, angebunden: 1, "in-betrieb": 1, zurueckgezogen: 1 },
      kommunen: ["Landeshauptstadt Magdeburg", "Landkreis Harz", "Wernigerode (Landkreis Harz)"],
      stage: "nachgenutzt",
    });
    expect(stats.get("10035")).toMatchObject({ kommunen: [], stage: "interesse" });
  });

  it("give a service with only unconfirmed or withdrawn declarations the stage keine", () => {
    const stats = reuseStatistics([row("1", "15085", "unbestaetigt"), row("1", "15003", "zurueckgezogen")]);
    expect(stats.get("1")?.stage).toBe("keine");
  });
});
