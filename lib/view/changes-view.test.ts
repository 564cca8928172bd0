import { describe, expect, it } from "vitest";
import { parseComparePair } from "../params/compare";
import { loadChangesView } from "./changes-view";

describe("the Änderungen page with a single Stand", () => {
  const context = { staende: ["2022-10-28"] };

  it("is an empty state that names the Stand, not a list of invalid parameters", async () => {
    for (const params of [{}, { von: "1999-01-01" }, { bis: "2022-10-28" }]) {
      const view = await loadChangesView(parseComparePair(params, context), context);
      expect(view.onlyStand).toBe("2022-10-28");
      expect(view.problems).toEqual([]);
      expect(view.diff).toBeNull();
    }
  });
});
