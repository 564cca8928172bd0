import { describe, expect, it } from "vitest";
import { makeRow } from "../overview/fixtures/rows";
import { readOverview, readOverviewText } from "../overview/read";
import { FIELD_IDS } from "../vocabulary";
import { BOM, cellText, csvCell, csvChunks, headerLine, rowLine, toCsv } from "./write";

const ALL_HEADERS =
  "OZG-ID;Leistung;Themenfeld;Lebenslage;LeiKa-Schlüssel;Typisierung;Rechtsgrundlagen;Zuständigkeit;Ressort;" +
  "Priorität;Phase;Umsetzungsmodell;EfA-Federführung;Nachnutzbar durch Kommunen;Reifegrad;Online-Dienst;Bemerkung\r\n";

describe("csvCell", () => {
  it.each([
    ["plain", "Wohngeld", "Wohngeld"],
    ["empty", "", ""],
    ["umlauts stay as they are", "Ausbildungsförderung (BAföG)", "Ausbildungsförderung (BAföG)"],
    ["comma → quoted (LibreOffice splits on `,` too)", "Bau, Wohnen", '"Bau, Wohnen"'],
    ["tab inside → quoted", "a\tb", '"a\tb"'],
    ["semicolon → quoted", "a;b", '"a;b"'],
    ["quote → quoted and doubled", 'sagt "Hallo"', '"sagt ""Hallo"""'],
    ["LF → quoted", "Geburt\nFamilie", '"Geburt\nFamilie"'],
    ["CRLF → quoted", "a\r\nb", '"a\r\nb"'],
    ["CR → quoted", "a\rb", '"a\rb"'],
    ["leading space → quoted", " x", '" x"'],
    ["trailing space → quoted", "x ", '"x "'],
    ["= → escaped", "=1+1", "'=1+1"],
    ["+ → escaped", "+1", "'+1"],
    ["- → escaped", "-1", "'-1"],
    ["@ → escaped", "@A1", "'@A1"],
    ["tab at the start → escaped and quoted", "\tx", `"'\tx"`],
    ["HYPERLINK → escaped and quoted", '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["escaped with a semicolon → quoted", "=1;2", `"'=1;2"`],
    ["second line starting with = → escaped and quoted", "Hinweis\n=1+1", `"Hinweis\n'=1+1"`],
    ["LF at the start → escaped and quoted", "\n=1", `"'\n'=1"`],
    ["apostrophe before a trigger → one more", "'=1", "''=1"],
  ])("%s", (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("headerLine and rowLine", () => {
  it("writes the German headers of all fields with `;` and CRLF", () => {
    expect(headerLine(FIELD_IDS)).toBe(ALL_HEADERS);
  });

  it("writes only the chosen columns, in the chosen order", () => {
    expect(headerLine(["phase", "ozgId", "prioritaet"])).toBe("Phase;OZG-ID;Priorität\r\n");
  });

  it("joins multi-value arrays with LF inside one quoted cell", () => {
    const row = makeRow({
      ozgId: "10000",
      leistung: "Elterngeld",
      themenfeld: "Familie & Kind",
      lebenslage: ["Geburt"],
      leikaSchluessel: ["99041006013000", "99041006017000", "99041006000000"],
    });
    expect(cellText(row, "leikaSchluessel")).toBe("99041006013000\n99041006017000\n99041006000000");
    expect(rowLine(row, ["ozgId", "leikaSchluessel", "lebenslage", "ressort"])).toBe(
      '10000;"99041006013000\n99041006017000\n99041006000000";Geburt;\r\n',
    );
  });

  it("writes empty cells as nothing between the delimiters", () => {
    const row = makeRow({ ozgId: "10092", leistung: "Wohngeld", themenfeld: "Bauen & Wohnen" });
    expect(rowLine(row, FIELD_IDS)).toBe("10092;Wohngeld;Bauen & Wohnen;;;;;;;;offen;;;;;;\r\n");
  });
});

describe("toCsv", () => {
  const rows = [
    makeRow({ ozgId: "10056", leistung: "Ausbildungsförderung (BAföG)", themenfeld: "Bildung", phase: "Betrieb", ressort: "MB" }),
    makeRow({
      ozgId: "10092",
      leistung: "Wohngeld",
      themenfeld: "Bauen & Wohnen",
      rechtsgrundlagen: ["§ 1 WoGG", "§ 2 WoGG"],
      bemerkung: 'Antrag "online"; Frist: 31.12.',
    }),
  ];

  it("writes BOM, header, `;`, CRLF and quoted cells exactly", () => {
    const csv = toCsv(rows, ["ozgId", "leistung", "themenfeld", "rechtsgrundlagen", "ressort", "phase", "bemerkung"]);
    expect(csv).toBe(
      "\uFEFFOZG-ID;Leistung;Themenfeld;Rechtsgrundlagen;Ressort;Phase;Bemerkung\r\n" +
        "10056;Ausbildungsförderung (BAföG);Bildung;;MB;Betrieb;\r\n" +
        '10092;Wohngeld;Bauen & Wohnen;"§ 1 WoGG\n§ 2 WoGG";;offen;"Antrag ""online""; Frist: 31.12."\r\n',
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(BOM).toBe("\uFEFF");
  });

  it("writes only a BOM and the header when there are no rows", () => {
    expect(toCsv([], ["ozgId", "leistung"])).toBe("\uFEFFOZG-ID;Leistung\r\n");
  });

  it("streams in chunks that add up to the same text", () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      makeRow({ ozgId: String(10000 + i), leistung: `Leistung ${i}`, themenfeld: "Umwelt" }),
    );
    const chunks = [...csvChunks(many, ["ozgId", "leistung"], 2)];
    expect(chunks).toEqual([
      "\uFEFFOZG-ID;Leistung\r\n",
      "10000;Leistung 0\r\n10001;Leistung 1\r\n",
      "10002;Leistung 2\r\n10003;Leistung 3\r\n",
      "10004;Leistung 4\r\n",
    ]);
  });

  it("round trip: written rows with formula payloads and multi-line cells read back identical", () => {
    const nasty = [
      makeRow({
        ozgId: "10000",
        leistung: "Elterngeld",
        themenfeld: "Familie & Kind",
        lebenslage: ["Geburt", "-Familie"],
        leikaSchluessel: ["99041006013000", "99041006017000"],
        typisierung: "2/3",
        rechtsgrundlagen: ['=HYPERLINK("http://x","y")', "§ 23 BEEG"],
        bemerkung: 'Zeile eins\n=HYPERLINK("http://x","y")\n+49 391\n@A1\n\'=schon escaped',
        phase: "Umsetzung",
        prioritaet: "hoch",
        efaFederfuehrung: "HH",
      }),
      makeRow({ ozgId: "10092", leistung: "-Wohngeld", themenfeld: "Bauen & Wohnen", bemerkung: "'+1", onlineDienst: "https://www.sachsen-anhalt.de/" }),
      makeRow({ ozgId: "10056", leistung: "@BAföG; \"Ausbildungsförderung\"", themenfeld: "Bildung", bemerkung: "'Zitat'" }),
    ];
    const csv = toCsv(nasty, FIELD_IDS);
    const fromText = readOverviewText(csv);
    expect(fromText.errors).toEqual([]);
    expect(fromText.warnings).toEqual([]);
    expect(fromText.rows).toEqual(nasty);
    const fromBytes = readOverview(Buffer.from(csv, "utf8"));
    expect(fromBytes.encoding).toBe("utf-8");
    expect(fromBytes.rows).toEqual(nasty);
  });
});
