import { describe, expect, it } from "vitest";
import { parseComparePair, previousStand } from "./compare";

const STAENDE = ["2022-08-31", "2022-09-30", "2022-10-28"];

function parse(search: string, staende = STAENDE) {
  return parseComparePair(new URLSearchParams(search), { staende });
}

describe("parseComparePair: von / bis of GET /api/aenderungen", () => {
  it.each([
    ["", "2022-09-30", "2022-10-28"],
    ["bis=2022-09-30", "2022-08-31", "2022-09-30"],
    ["von=2022-08-31", "2022-08-31", "2022-10-28"],
    ["von=2022-08-31&bis=2022-09-30", "2022-08-31", "2022-09-30"],
    ["von=%202022-08-31%20", "2022-08-31", "2022-10-28"],
    ["von=&bis=", "2022-09-30", "2022-10-28"],
    ["von=2022-01-01&von=2022-08-31", "2022-08-31", "2022-10-28"],
    ["unbekannt=1", "2022-09-30", "2022-10-28"],
  ])("%s → %s … %s", (search, von, bis) => expect(parse(search)).toEqual({ ok: true, von, bis }));

  it("reads Next's searchParams object too", () => {
    expect(parseComparePair({ von: ["2022-08-31"], bis: "2022-09-30" }, { staende: STAENDE })).toEqual({ ok: true, von: "2022-08-31", bis: "2022-09-30" });
  });

  it.each([
    ["von=gestern", "von", "Parameter „von“: „gestern“ ist kein gültiger Stand (Format JJJJ-MM-TT)."],
    ["bis=2022-02-30", "bis", "Parameter „bis“: „2022-02-30“ ist kein gültiger Stand (Format JJJJ-MM-TT)."],
    ["von=2021-01-01", "von", "Parameter „von“: Einen Stand „2021-01-01“ gibt es nicht. Veröffentlicht: 2022-08-31, 2022-09-30, 2022-10-28."],
    ["von=2022-10-28&bis=2022-09-30", "von", "Parameter „von“: Der Stand „von“ (2022-10-28) muss vor dem Stand „bis“ (2022-09-30) liegen."],
    ["von=2022-09-30&bis=2022-09-30", "von", "Parameter „von“: Der Stand „von“ (2022-09-30) muss vor dem Stand „bis“ (2022-09-30) liegen."],
    ["bis=2022-08-31", "bis", "Parameter „bis“: Vor dem Stand 2022-08-31 ist kein Stand veröffentlicht; bitte „von“ angeben oder einen späteren Stand wählen."],
  ])("%s is a problem with %s", (search, param, message) => {
    expect(parse(search)).toEqual({ ok: false, problems: [expect.objectContaining({ param, message })] });
  });

  it("reports both parameters when both are wrong", () => {
    const result = parse("von=x&bis=1999-01-01");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.param)).toEqual(["von", "bis"]);
  });

  it("needs two published Stände", () => {
    expect(parse("", ["2022-10-28"])).toEqual({
      ok: false,
      problems: [{ param: "bis", value: "", message: "Es ist erst ein Stand veröffentlicht (2022-10-28); ein Vergleich braucht zwei Stände." }],
    });
  });
});

describe("previousStand", () => {
  it.each([
    ["2022-10-28", "2022-09-30"],
    ["2022-09-30", "2022-08-31"],
    ["2022-08-31", null],
    ["1999-01-01", null],
  ])("%s → %s", (stand, previous) => expect(previousStand(STAENDE, stand)).toBe(previous));
});
