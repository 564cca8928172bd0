import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, EMPTY_QUERY, type Query } from "../query/query";
import { overviewHref } from "../routes";
import { formEntriesHref } from "./form-href";
import { hiddenInputs } from "./hidden-inputs";

const view: Query = {
  ...EMPTY_QUERY,
  q: "antrag",
  filters: { themenfeld: ["Bildung"], phase: ["Planung", "Betrieb"] },
  sort: { field: "leistung", desc: true },
  page: 3,
  stand: "2022-09-30",
  chart: "ressort",
  chartsShown: false,
};

/** What a form of the dashboard sends: the hidden rest of the view, then its own fields. */
function submitted(omit: string[], own: [string, string][]): [string, string][] {
  return [...hiddenInputs(view, omit).map((i): [string, string] => [i.name, i.value]), ...own];
}

describe("formEntriesHref: forms land on the canonical URL (no redirect)", () => {
  it("search: q goes first, whatever its place in the form", () => {
    expect(formEntriesHref("/", submitted(["q"], [["q", "  neue   suche "]]))).toBe(overviewHref({ ...view, q: "neue suche", page: 1 }));
  });

  it("page size: the default size is left out, the rest keeps its order", () => {
    expect(formEntriesHref("/", submitted(["size", "page"], [["size", "25"]]))).toBe(overviewHref({ ...view, size: 25, page: 1 }));
    expect(formEntriesHref("/", submitted(["size", "page"], [["size", "50"]]))).toBe(overviewHref({ ...view, page: 1 }));
  });

  it("columns: the checkboxes become one cols parameter, the default set none", () => {
    const cols: [string, string][] = [["col", "ozgId"], ["col", "leistung"], ["col", "bemerkung"]];
    expect(formEntriesHref("/", submitted(["cols"], cols))).toBe(overviewHref({ ...view, cols: ["ozgId", "leistung", "bemerkung"], page: 1 }));
    expect(formEntriesHref("/", submitted(["cols"], DEFAULT_COLUMNS.map((c): [string, string] => ["col", c])))).toBe(overviewHref({ ...view, page: 1 }));
  });

  it("Stand and geändert seit: placed where the canonical URL has them", () => {
    expect(formEntriesHref("/", submitted(["stand"], [["stand", "2022-10-28"]]))).toBe(overviewHref({ ...view, stand: "2022-10-28", page: 1 }));
    const since = formEntriesHref("/", submitted(["geaendertSeit", "geaendert"], [["geaendertSeit", "2022-08-31"], ["geaendert", "phase"]]));
    expect(since).toBe(overviewHref({ ...view, geaendertSeit: "2022-08-31", geaendert: ["phase"], page: 1 }));
  });

  it("drops the fields of „geändert seit“ when no Stand is chosen", () => {
    expect(formEntriesHref("/", [["geaendertSeit", ""], ["geaendert", "phase"]])).toBe("/");
  });

  it("drops empty fields and gives the bare path for an empty form", () => {
    expect(formEntriesHref("/", [["q", "   "], ["size", "50"]])).toBe("/");
  });
});
