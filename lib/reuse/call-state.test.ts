import { describe, expect, it } from "vitest";
import { type ReuseCall, callForService, callState, daysLeftText, lateness, openCalls } from "./call-state";

const call = (id: string, frist: string, ozgIds: string[]): ReuseCall => ({
  id,
  ozgIds,
  frist,
  text: "Abfrage",
  newsSlug: null,
  createdAt: "2022-11-01T08:00:00.000Z",
  createdBy: "a",
  updatedAt: "2022-11-01T08:00:00.000Z",
  updatedBy: "a",
});

describe("calls in time", () => {
  it("are open to the end of the deadline's day", () => {
    expect(callState({ frist: "2022-11-21" }, "2022-11-16")).toEqual({ open: true, daysLeft: 5 });
    expect(callState({ frist: "2022-11-21" }, "2022-11-21")).toEqual({ open: true, daysLeft: 0 });
    expect(callState({ frist: "2022-11-21" }, "2022-11-22")).toEqual({ open: false, daysAgo: 1 });
    expect([daysLeftText(0), daysLeftText(1), daysLeftText(5)]).toEqual(["endet heute", "noch 1 Tag", "noch 5 Tage"]);
  });

  it("a service shows its open call ending soonest, else the one that ended last", () => {
    const calls = [call("a", "2022-11-21", ["10257"]), call("b", "2022-12-15", ["10257", "10035"]), call("c", "2022-10-01", ["10035"])];
    expect(callForService(calls, "10257", "2022-11-16")?.id).toBe("a");
    expect(callForService(calls, "10257", "2022-11-22")?.id).toBe("b");
    expect(callForService(calls, "10257", "2023-01-01")?.id).toBe("b");
    expect(callForService(calls, "10035", "2022-10-02")?.id).toBe("b");
    expect(callForService(calls, "99999", "2022-10-02")).toBeNull();
    expect(openCalls(calls, "2022-11-22").map((c) => c.id)).toEqual(["b"]);
  });

  it("marks a declaration late only after the service's last deadline has passed", () => {
    const calls = [call("a", "2022-11-21", ["10257"])];
    expect(lateness(calls, "10257", "2022-11-21")).toEqual({ callId: "a", late: false });
    expect(lateness(calls, "10257", "2022-11-22")).toEqual({ callId: "a", late: true });
    expect(lateness(calls, "10035", "2022-11-22")).toEqual({ callId: null, late: false });
  });
});
