import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, EMPTY_QUERY, type Query, toSearchParams, toggleFilter } from "../query/query";
import { queryHref } from "../routes";
import { parseQuery } from "./query";

const context = { staende: ["2022-09-30", "2022-10-28"] };

function parse(search: string) {
  return parseQuery(new URLSearchParams(search), context);
}

describe("parseQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ query: EMPTY_QUERY, problems: [] });
  });

  it("ignores unknown parameters", () => {
    expect(parse("foo=bar&utm_source=mail")).toEqual({ query: EMPTY_QUERY, problems: [] });
  });

  it("reads search, filters, sort, paging, Stand and columns", () => {
    const { query, problems } = parse(
      "q=  Einbürgerung  antrag &themenfeld=Bildung&phase=Betrieb&phase=Planung&sort=-leistung&page=3&size=25&stand=2022-09-30&cols=ozgId,leistung,phase&chart=ressort&diagramme=aus",
    );
    expect(problems).toEqual([]);
    expect(query).toEqual({
      q: "Einbürgerung antrag",
      ozgIds: [],
      filters: { themenfeld: ["Bildung"], phase: ["Betrieb", "Planung"] },
      nachnutzung: [],
      sort: { field: "leistung", desc: true },
      page: 3,
      size: 25,
      stand: "2022-09-30",
      cols: ["ozgId", "leistung", "phase"],
      chart: "ressort",
      chartsShown: false,
      geaendertSeit: null,
      geaendert: [],
    } satisfies Query);
  });

  it("accepts filter values in any case, spacing and known variants", () => {
    expect(parse("phase=in%20Planung&phase=UMGESETZT&ressort=mid&themenfeld=ein-%20und%20auswanderung").query.filters).toEqual({
      themenfeld: ["Ein- & Auswanderung"],
      ressort: ["MID"],
      phase: ["Planung", "Betrieb"],
    });
  });

  it("reads 'nicht festgelegt' as empty cells, for Phase as offen", () => {
    expect(parse("ressort=nicht%20festgelegt&phase=nicht%20festgelegt").query.filters).toEqual({ ressort: [""], phase: ["offen"] });
  });

  it("accepts 'nicht festgelegt' for the required Themenfeld too (it selects no row)", () => {
    expect(parse("themenfeld=nicht%20festgelegt")).toEqual({ query: { ...EMPTY_QUERY, filters: { themenfeld: [""] } }, problems: [] });
  });

  it("takes the last non-empty value of a single-valued parameter", () => {
    expect(parse("stand=2022-09-30&stand=").query.stand).toBe("2022-09-30");
    expect(parse("size=10&size=25").query.size).toBe(25);
  });

  it("drops the newest Stand and the default columns (they are defaults)", () => {
    expect(parse("stand=2022-10-28").query.stand).toBeNull();
    expect(parse(`cols=${DEFAULT_COLUMNS.join(",")}`).query.cols).toBeNull();
  });

  it("takes the column form's repeated col parameters", () => {
    expect(parse("col=ozgId&col=bemerkung").query.cols).toEqual(["ozgId", "bemerkung"]);
  });

  it.each([
    ["size=abc", "size", "„abc“ ist keine gültige Seitengröße"],
    ["size=0", "size", "Seitengröße muss mindestens 1 sein"],
    ["size=100000", "size", "Seitengröße darf höchstens 500 sein"],
    ["page=0", "page", "Seitenzahl muss mindestens 1 sein"],
    ["page=-1", "page", "„-1“ ist keine gültige Seitenzahl"],
    ["sort=unbekannt", "sort", "„unbekannt“ ist keine bekannte Sortierung"],
    ["stand=1999-01-01", "stand", "Einen Stand „1999-01-01“ gibt es nicht. Veröffentlicht: 2022-09-30, 2022-10-28."],
    ["stand=gestern", "stand", "„gestern“ ist kein gültiger Stand (Format JJJJ-MM-TT)"],
    ["cols=ozgId,foo", "cols", "Unbekannte Spalte „foo“"],
    ["phase=Umsetzen", "phase", "„Umsetzen“ ist keine bekannte Phase. Erlaubt: offen, Planung, Umsetzung, Pilotierung, Rollout, Betrieb, nicht festgelegt."],
    ["ressort=XY", "ressort", "„XY“ ist kein bekanntes Ressort"],
    ["ozgId=10A", "ozgId", "„10A“ ist keine gültige OZG-ID"],
    ["chart=torte", "chart", "„torte“ ist keine bekannte Darstellung. Erlaubt: modell, ressort."],
    ["diagramme=zu", "diagramme", "„zu“ ist keine gültige Angabe für die Diagramme. Erlaubt: an (anzeigen) oder aus"],
    ["page=99999999999999999999", "page", "Parameter „page“: Die Seitenzahl ist zu groß."],
    [`q=${"e ".repeat(150)}`, "q", "Parameter „q“: Die Suche ist zu lang (299 Zeichen, höchstens 200)."],
  ])("reports %s in German and falls back to the default", (search, param, message) => {
    const { query, problems } = parse(search);
    expect(problems).toHaveLength(1);
    expect(problems[0].param).toBe(param);
    expect(problems[0].message).toContain(message);
    expect(query).toEqual(EMPTY_QUERY);
  });

  it("keeps the valid parameters when another one is invalid", () => {
    const { query, problems } = parse("themenfeld=Bildung&size=abc&sort=-phase");
    expect(problems.map((p) => p.param)).toEqual(["size"]);
    expect(query.filters).toEqual({ themenfeld: ["Bildung"] });
    expect(query.sort).toEqual({ field: "phase", desc: true });
    expect(query.size).toBe(50);
  });
});

describe("canonical URLs", () => {
  it("drops defaults and empty values", () => {
    expect(toSearchParams(EMPTY_QUERY).toString()).toBe("");
    expect(queryHref({ ...EMPTY_QUERY, q: "  ", page: 1, size: 50 })).toBe("/");
  });

  it("orders filters by field and vocabulary, whatever the order of selection", () => {
    const a = toggleFilter(toggleFilter(toggleFilter(EMPTY_QUERY, "phase", "Betrieb"), "themenfeld", "Bildung"), "phase", "Planung");
    expect(toSearchParams(a).toString()).toBe("themenfeld=Bildung&phase=Planung&phase=Betrieb");
  });

  it("writes the collapsed charts as diagramme=aus and leaves the default out", () => {
    expect(toSearchParams({ ...EMPTY_QUERY, chartsShown: false }).toString()).toBe("diagramme=aus");
    expect(parse("diagramme=an").query.chartsShown).toBe(true);
    expect(toSearchParams(parse("diagramme=an").query).toString()).toBe("");
  });

  it("spells empty cells as 'nicht festgelegt'", () => {
    expect(toSearchParams(toggleFilter(EMPTY_QUERY, "ressort", "")).toString()).toBe("ressort=nicht+festgelegt");
  });

  it("round-trips: parsing a canonical URL gives the same query", () => {
    const query: Query = {
      q: "strasse",
      ozgIds: ["10348", "10035"],
      filters: { themenfeld: ["Bauen & Wohnen"], ressort: ["", "MID"], nachnutzbarKommunen: ["ja"] },
      nachnutzung: ["keine", "nachgenutzt"],
      sort: { field: "prioritaet", desc: true },
      page: 2,
      size: 10,
      stand: "2022-09-30",
      cols: ["ozgId", "leistung"],
      chart: "ressort",
      chartsShown: false,
      geaendertSeit: null,
      geaendert: [],
    };
    const parsed = parse(toSearchParams(query).toString());
    expect(parsed.problems).toEqual([]);
    expect(toSearchParams(parsed.query).toString()).toBe(toSearchParams(query).toString());
    expect(parsed.query.filters.ressort?.sort()).toEqual(["", "MID"]);
  });

  it("reads the reuse stage (nachnutzung), in any case, and writes it in facet order after the filters", () => {
    const parsed = parse("nachnutzung=KEINE&nachnutzung=nachgenutzt&themenfeld=Bildung&nachnutzung=keine");
    expect(parsed.problems).toEqual([]);
    expect(parsed.query.nachnutzung).toEqual(["keine", "nachgenutzt"]);
    expect(toSearchParams(parsed.query).toString()).toBe("themenfeld=Bildung&nachnutzung=nachgenutzt&nachnutzung=keine");
  });

  it("names an unknown reuse stage and keeps the others", () => {
    const parsed = parse("nachnutzung=vielleicht&nachnutzung=interesse");
    expect(parsed.query.nachnutzung).toEqual(["interesse"]);
    expect(parsed.problems).toEqual([
      { param: "nachnutzung", value: "vielleicht", message: "Parameter „nachnutzung“: „vielleicht“ ist kein bekannter Stand der Nachnutzung. Erlaubt: nachgenutzt, interesse, keine." },
    ]);
  });

  it("toggling a value resets to page 1 and removes it on the second toggle", () => {
    const once = toggleFilter({ ...EMPTY_QUERY, page: 4 }, "phase", "Betrieb");
    expect(once.page).toBe(1);
    expect(toggleFilter(once, "phase", "Betrieb").filters.phase).toEqual([]);
  });
});

describe("parseQuery: geändert seit", () => {
  const three = { staende: ["2022-08-31", "2022-09-30", "2022-10-28"] };

  it("keeps an older Stand and the fields whose change counts, in contract order", () => {
    const { query, problems } = parseQuery(new URLSearchParams("geaendertSeit=2022-09-30&geaendert=prioritaet&geaendert=phase"), three);
    expect(problems).toEqual([]);
    expect(query.geaendertSeit).toBe("2022-09-30");
    expect(query.geaendert).toEqual(["prioritaet", "phase"]);
    expect(toSearchParams(query).toString()).toBe("geaendertSeit=2022-09-30&geaendert=prioritaet&geaendert=phase");
  });

  it("needs a Stand older than the one shown", () => {
    const same = parseQuery(new URLSearchParams("geaendertSeit=2022-10-28"), three);
    expect(same.query.geaendertSeit).toBeNull();
    expect(same.problems.map((p) => p.message)).toEqual([
      "Parameter „geaendertSeit“: Der Stand 2022-10-28 ist nicht älter als der angezeigte Stand 2022-10-28; „geändert seit“ braucht einen früheren Stand.",
    ]);
    const older = parseQuery(new URLSearchParams("stand=2022-09-30&geaendertSeit=2022-08-31"), three);
    expect(older.problems).toEqual([]);
    expect(older.query.geaendertSeit).toBe("2022-08-31");
  });

  it("explains an unknown Stand, an unknown field and a field without a Stand", () => {
    expect(parseQuery(new URLSearchParams("geaendertSeit=2021-01-01"), three).problems[0].message).toBe(
      "Parameter „geaendertSeit“: Einen Stand „2021-01-01“ gibt es nicht. Veröffentlicht: 2022-08-31, 2022-09-30, 2022-10-28.",
    );
    expect(parseQuery(new URLSearchParams("geaendertSeit=2022-09-30&geaendert=farbe"), three).problems[0].param).toBe("geaendert");
    expect(parseQuery(new URLSearchParams("geaendert=phase"), three).problems[0].message).toBe(
      "Parameter „geaendert“: Wirkt nur zusammen mit „geaendertSeit“ (seit welchem Stand).",
    );
  });
});

describe("parseQuery: bounded work per request", () => {
  it("takes at most 50 values of a filter and says so", () => {
    const params = new URLSearchParams(Array.from({ length: 1000 }, (_, i) => ["lebenslage", `x${i}`]));
    const { query, problems } = parseQuery(params, context);
    expect(query.filters.lebenslage).toHaveLength(50);
    expect(problems.map((p) => p.message)).toEqual(["Parameter „lebenslage“: Zu viele Werte (1000, höchstens 50); berücksichtigt werden die ersten 50."]);
  });

  it("names three invalid values of a parameter and counts the rest", () => {
    const params = new URLSearchParams(Array.from({ length: 40 }, (_, i) => ["phase", `falsch${i}`]));
    const { problems } = parseQuery(params, context);
    expect(problems).toHaveLength(4);
    expect(problems[3].message).toBe("Parameter „phase“: 37 weitere ungültige Werte werden ignoriert.");
  });

  it("takes at most 100 OZG-IDs and 20 search words", () => {
    const ids = new URLSearchParams(Array.from({ length: 1000 }, (_, i) => ["ozgId", String(10000 + i)]));
    const parsed = parseQuery(ids, context);
    expect(parsed.query.ozgIds).toHaveLength(100);
    expect(parsed.problems[0].message).toContain("höchstens 100");
    const words = parseQuery(new URLSearchParams({ q: Array.from({ length: 21 }, (_, i) => `w${i}`).join(" ") }), context);
    expect(words.query.q).toBe("");
    expect(words.problems[0].message).toBe("Parameter „q“: Die Suche hat zu viele Wörter (21, höchstens 20).");
  });
});
