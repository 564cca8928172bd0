import { describe, expect, it } from "vitest";
import { useDataDir } from "../test/data-dir";
import { aenderungenResponse } from "../api/aenderungen";

// The route's logic (lib/api/aenderungen.ts) against the shipped sample in data/.
useDataDir("data");

async function get(search: string) {
  const response = await aenderungenResponse(new URLSearchParams(search));
  return { status: response.status, body: await response.json() };
}

describe("GET /api/aenderungen", () => {
  it("compares the two newest Stände by default, in the contract's shape", async () => {
    const { status, body } = await get("");
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["from", "to", "added", "removed", "changed"]);
    expect([body.from, body.to]).toEqual(["2022-09-30", "2022-10-28"]);
    expect(body.added).toHaveLength(3);
    expect(body.removed).toHaveLength(1);
  });

  it.each([
    ["von=1999-01-01", "Parameter „von“: Einen Stand „1999-01-01“ gibt es nicht. Veröffentlicht: 2022-09-30, 2022-10-28."],
    ["bis=28.10.2022", "Parameter „bis“: „28.10.2022“ ist kein gültiger Stand (Format JJJJ-MM-TT)."],
    ["von=2022-10-28", "Parameter „von“: Der Stand „von“ (2022-10-28) muss vor dem Stand „bis“ (2022-10-28) liegen."],
  ])("%s → 400 with a German error", async (search, error) => {
    const { status, body } = await get(search);
    expect(status).toBe(400);
    expect(body.error).toBe(error);
  });
});
