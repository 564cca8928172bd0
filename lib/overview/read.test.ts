import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeRow } from "./fixtures/rows";
import { type OverviewReadResult, type Problem, readOverview, readOverviewText } from "./read";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const utf8 = (text: string) => Buffer.from(text, "utf8");

const THEMENFELDER_TEXT =
  "Arbeit & Ruhestand, Bauen & Wohnen, Bildung, Ein- & Auswanderung, Engagement & Hobby, Familie & Kind, " +
  "Forschung & Förderung, Gesundheit, Mobilität & Reisen, Querschnitt, Recht & Ordnung, Steuern & Zoll, Umwelt, " +
  "Unternehmensführung & -entwicklung";
const PHASEN_TEXT = "offen, Planung, Umsetzung, Pilotierung, Rollout, Betrieb";
const MISSING_QUOTE =
  "Ein Anführungszeichen wird geöffnet, aber nicht geschlossen; der Rest der Datei wird als eine Zelle gelesen. Bitte das fehlende „\"“ ergänzen.";
const INVALID_QUOTES =
  "Fehlerhafte Anführungszeichen: Nach dem schließenden „\"“ folgt weiterer Text. Anführungszeichen innerhalb einer Zelle müssen verdoppelt werden („\"\"“).";

/** Lines of the records that have at least one error (file-level and header problems excluded). */
function errorRecordLines(result: OverviewReadResult): number[] {
  return [...new Set(result.errors.flatMap((e) => (e.line !== null && e.line > 1 ? [e.line] : [])))];
}

/** The contract: no row silently dropped — every record is either a valid row or has an error. */
function expectNoRowDropped(result: OverviewReadResult) {
  expect(result.rows.length).toBe(result.lines.length);
  expect(result.rows.length + errorRecordLines(result).length).toBe(result.recordCount);
  for (const line of result.lines) expect(errorRecordLines(result)).not.toContain(line);
}

type CoreProblem = Pick<Problem, "line" | "column" | "value" | "message">;

/** The fields these tests pin down; row, text and the row's OZG-ID and Leistung have tests of their own. */
function core(p: Problem): CoreProblem {
  return { line: p.line, column: p.column, value: p.value, message: p.message };
}

function fileProblem(message: string): CoreProblem {
  return { line: null, column: null, value: null, message };
}

describe("readOverview: valid files", () => {
  it("reads UTF-8 with BOM, `;`, CRLF, multi-line cells, aliases, trimmed cells, empty Phase (gueltig-semikolon.csv)", () => {
    const result = readOverview(fixture("gueltig-semikolon.csv"));
    expect(result.errors.map(core)).toEqual([]);
    expect(result.warnings.map(core)).toEqual([]);
    expect(result.encoding).toBe("utf-8");
    expect(result.delimiter).toBe(";");
    expect(result.recordCount).toBe(6);
    // The first record spans lines 2–5, so the next one starts on line 6.
    expect(result.lines).toEqual([2, 6, 7, 8, 9, 10]);
    expect(result.rows).toEqual([
      makeRow({
        ozgId: "10000",
        leistung: "Elterngeld",
        themenfeld: "Familie & Kind",
        lebenslage: ["Geburt", "Kinderbetreuung"],
        leikaSchluessel: ["99041006013000", "99041006017000"],
        typisierung: "2/3",
        rechtsgrundlagen: ["§ 23 BEEG", "§ 7 BEEG"],
        zustaendigkeit: "Land und Kommune",
        ressort: "MS",
        prioritaet: "hoch",
        phase: "Umsetzung", // "in Bearbeitung"
        umsetzungsmodell: "EfA-Nachnutzung",
        efaFederfuehrung: "HH",
        nachnutzbarKommunen: "ja",
        reifegrad: "3",
        onlineDienst: "https://www.elterngeld-digital.de/",
        bemerkung: "Antrag online; Nachweise per Upload", // free text: `;` does not split
      }),
      makeRow({
        ozgId: "10056",
        leistung: "Ausbildungsförderung (BAföG)",
        themenfeld: "Bildung", // " Bildung " trimmed
        lebenslage: ["Studium"],
        leikaSchluessel: ["99022003000000", "99022002000000"], // split on `;`
        typisierung: "1",
        rechtsgrundlagen: ["§ 46 BAföG", "§ 45 BAföG"],
        zustaendigkeit: "Land",
        ressort: "MB", // "Ministerium für Bildung"
        prioritaet: "mittel", // "Mittel"
        phase: "Betrieb", // "online"
        umsetzungsmodell: "Landeslösung",
        efaFederfuehrung: "ST",
        nachnutzbarKommunen: "nein",
        reifegrad: "4", // "Reifegrad 4"
        onlineDienst: "https://www.bafoeg-digital.de/",
        bemerkung: "Bemerkung mit Leerzeichen",
      }),
      makeRow({ ozgId: "10092", leistung: "Wohngeld", themenfeld: "Arbeit & Ruhestand", phase: "offen" }),
      makeRow({
        ozgId: "10257",
        leistung: "Einbürgerung",
        themenfeld: "Ein- & Auswanderung", // "Ein- und Auswanderung"
        lebenslage: ["Einwanderung"],
        leikaSchluessel: ["99099002000000"],
        typisierung: "1",
        zustaendigkeit: "Land",
        ressort: "MI",
        prioritaet: "niedrig",
        phase: "Planung", // "in Planung"
        umsetzungsmodell: "", // "nicht festgelegt"
        nachnutzbarKommunen: "", // "Nicht festgelegt"
        bemerkung: 'Zitat: "Willkommen"',
      }),
      makeRow({
        ozgId: "10005",
        leistung: "Kindergeld",
        themenfeld: "Familie & Kind",
        lebenslage: ["Geburt"],
        zustaendigkeit: "Bund",
        phase: "Betrieb", // "umgesetzt"
        umsetzungsmodell: "Bundeslösung",
        efaFederfuehrung: "Bund",
      }),
      makeRow({
        ozgId: "10119",
        leistung: "Personalausweis",
        themenfeld: "Querschnitt", // "Querschnitt "
        lebenslage: ["Querschnitt Bürger"],
        phase: "offen", // "Nicht festgelegt"
      }),
    ]);
  });

  it("reads `,` with LF, shuffled and differently spelled headers, an unknown column (gueltig-komma.csv)", () => {
    const result = readOverview(fixture("gueltig-komma.csv"));
    expect(result.errors.map(core)).toEqual([]);
    expect(result.delimiter).toBe(",");
    expect(result.warnings.map(core)).toEqual([
      {
        line: 1,
        column: "Ansprechpartner",
        value: "Ansprechpartner",
        message: "Zeile 1, Spalte „Ansprechpartner“: Unbekannte Spalte „Ansprechpartner“ wird ignoriert.",
      },
    ]);
    expect(result.recordCount).toBe(3);
    expect(result.lines).toEqual([2, 4, 5]);
    expect(result.rows).toEqual([
      makeRow({
        ozgId: "10000",
        leistung: "Elterngeld",
        themenfeld: "Familie & Kind",
        lebenslage: ["Geburt"],
        leikaSchluessel: ["99041006013000", "99041006017000"],
        prioritaet: "hoch",
        phase: "Umsetzung",
        onlineDienst: "https://www.elterngeld-digital.de/",
      }),
      makeRow({ ozgId: "10056", leistung: "Ausbildungsförderung (BAföG)", themenfeld: "Bildung", lebenslage: ["Studium"] }),
      makeRow({ ozgId: "10092", leistung: "Wohngeld", themenfeld: "Arbeit & Ruhestand", prioritaet: "niedrig", phase: "Betrieb" }),
    ]);
  });

  it("reads tab-separated text with CRLF (gueltig-tab.csv)", () => {
    const result = readOverview(fixture("gueltig-tab.csv"));
    expect(result.errors.map(core)).toEqual([]);
    expect(result.warnings.map(core)).toEqual([]);
    expect(result.delimiter).toBe("\t");
    expect(result.lines).toEqual([2, 3]);
    expect(result.rows).toEqual([
      makeRow({ ozgId: "10000", leistung: "Elterngeld", themenfeld: "Familie & Kind", phase: "Pilotierung", bemerkung: "Hinweis; mit, Trennzeichen" }),
      makeRow({ ozgId: "10092", leistung: "Wohngeld", themenfeld: "Arbeit & Ruhestand", phase: "Rollout" }),
    ]);
  });

  it("decodes Windows-1252 with € „ “ – in a Bemerkung and umlauts in headers and cells", () => {
    // OZG-ID;Leistung;Themenfeld;Zuständigkeit;Bemerkung
    // 10056;Ausbildungsförderung (BAföG);Bildung;Land;„Gebührenfrei“ – Zuschuss bis 934 € …
    const bytes = Buffer.from([
      ...ascii("OZG-ID;Leistung;Themenfeld;Zust"), 0xe4, ...ascii("ndigkeit;Bemerkung\r\n"),
      ...ascii("10056;Ausbildungsf"), 0xf6, ...ascii("rderung (BAf"), 0xf6, ...ascii("G);Bildung;Land;"),
      0x84, ...ascii("Geb"), 0xfc, ...ascii("hrenfrei"), 0x93, ...ascii(" "), 0x96, ...ascii(" Zuschuss bis 934 "), 0x80, ...ascii(" "), 0x85, ...ascii("\r\n"),
      ...ascii("10092;Wohngeld;Arbeit & Ruhestand;Kommune;\"Stra"), 0xdf, ...ascii("e\n"), 0x94, ...ascii("Gr"), 0xf6, 0xdf, ...ascii("e"), 0x94, ...ascii("\"\r\n"),
    ]);
    const result = readOverview(bytes);
    expect(result.encoding).toBe("windows-1252");
    expect(result.errors.map(core)).toEqual([]);
    expect(result.warnings.map(core)).toEqual([]);
    expect(result.lines).toEqual([2, 3]);
    expect(result.rows).toEqual([
      makeRow({
        ozgId: "10056",
        leistung: "Ausbildungsförderung (BAföG)",
        themenfeld: "Bildung",
        zustaendigkeit: "Land",
        bemerkung: "„Gebührenfrei“ – Zuschuss bis 934 € …",
      }),
      makeRow({ ozgId: "10092", leistung: "Wohngeld", themenfeld: "Arbeit & Ruhestand", zustaendigkeit: "Kommune", bemerkung: "Straße\n”Größe”" }),
    ]);
  });

  it("reads Windows-1252 with `,` and a quoted Bemerkung", () => {
    const bytes = Buffer.from([
      ...ascii("OZG-ID,Leistung,Themenfeld,Bemerkung\n"),
      ...ascii("10000,Elterngeld,Familie & Kind,\"Kosten: 0 "), 0x80, ...ascii(", Frist "), 0x96, ...ascii(" keine\"\n"),
    ]);
    const result = readOverview(bytes);
    expect(result.encoding).toBe("windows-1252");
    expect(result.delimiter).toBe(",");
    expect(result.errors.map(core)).toEqual([]);
    expect(result.rows[0].bemerkung).toBe("Kosten: 0 €, Frist – keine");
  });

  it.each([
    ["prioritaet, OZG ID, LEISTUNG, ` Themenfeld `", "prioritaet;OZG ID;LEISTUNG; Themenfeld ", "hoch;10000;Elterngeld;Familie & Kind"],
    ["Priorität with umlaut", "Priorität;OZG-ID;Leistung;Themenfeld", "hoch;10000;Elterngeld;Familie & Kind"],
    ["THEMENFELD, PRIORITAET, leistung, ozg_id", "THEMENFELD;PRIORITAET;leistung;ozg_id", "Familie & Kind;hoch;Elterngeld;10000"],
    ["aliases OZG-Nummer, OZG-Leistung, Prio", "OZG-Nummer;OZG-Leistung;Prio;Themenfeld", "10000;Elterngeld;hoch;Familie & Kind"],
    ["quoted header cells", '"OZG-ID";"Leistung";"Themenfeld";"Priorität"', '10000;"Elterngeld";Familie & Kind;hoch'],
    ["field ids as headers", "ozgId;leistung;themenfeld;prioritaet", "10000;Elterngeld;Familie & Kind;hoch"],
  ])("matches headers in any order and spelling: %s", (_label, header, row) => {
    const result = readOverviewText(`${header}\r\n${row}\r\n`);
    expect(result.errors.map(core)).toEqual([]);
    expect(result.warnings.map(core)).toEqual([]);
    expect(result.rows).toEqual([makeRow({ ozgId: "10000", leistung: "Elterngeld", themenfeld: "Familie & Kind", prioritaet: "hoch" })]);
  });

  it("reads the same rows from CRLF and LF files, also with CRLF inside a cell", () => {
    const crlf = 'OZG-ID;Leistung;Themenfeld;Lebenslage\r\n10000;Elterngeld;Familie & Kind;"Geburt\r\nKinderbetreuung"\r\n10005;Kindergeld;Familie & Kind;Geburt\r\n';
    const lf = crlf.replace(/\r\n/g, "\n");
    const a = readOverviewText(crlf);
    const b = readOverviewText(lf);
    expect(a.errors.map(core)).toEqual([]);
    expect(a.rows).toEqual(b.rows);
    expect(a.lines).toEqual([2, 4]);
    expect(b.lines).toEqual([2, 4]);
    expect(a.rows[0].lebenslage).toEqual(["Geburt", "Kinderbetreuung"]);
  });

  it("splits multi-value cells on line breaks and `;`, trims and drops empty values", () => {
    const text =
      "OZG-ID;Leistung;Themenfeld;Lebenslage;LeiKa-Schlüssel;Rechtsgrundlagen\n" +
      '10000;Elterngeld;Familie & Kind;" Geburt ;\n\nKinderbetreuung; ";"99041006013000\n99041006017000;99041006000000";"§ 23 BEEG\r\n§ 7 BEEG; § 1 BEEG"\n';
    const result = readOverviewText(text);
    expect(result.errors.map(core)).toEqual([]);
    expect(result.rows[0].lebenslage).toEqual(["Geburt", "Kinderbetreuung"]);
    expect(result.rows[0].leikaSchluessel).toEqual(["99041006013000", "99041006017000", "99041006000000"]);
    expect(result.rows[0].rechtsgrundlagen).toEqual(["§ 23 BEEG", "§ 7 BEEG", "§ 1 BEEG"]);
  });

  it("accepts empty cells after the last column (Excel's trailing delimiters) and blank lines", () => {
    const text = "OZG-ID;Leistung;Themenfeld\r\n10000;Elterngeld;Familie & Kind;;\r\n;;;;\r\n\r\n10005;Kindergeld;Familie & Kind\r\n";
    const result = readOverviewText(text);
    expect(result.errors.map(core)).toEqual([]);
    expect(result.recordCount).toBe(2);
    expect(result.lines).toEqual([2, 5]);
  });

  it("warns about header cells without a name; a value in such a column is an error naming row and column", () => {
    const result = readOverviewText("OZG-ID;Leistung;Themenfeld;;\r\n10000;Elterngeld;Familie & Kind;;\r\n10005;Kindergeld;Familie & Kind;x;\r\n");
    expect(result.warnings.map((w) => w.message)).toEqual([
      "Zeile 1: Spalte 4 (D) hat keine Überschrift. Sie muss leer bleiben; ein Wert darin ist ein Fehler.",
      "Zeile 1: Spalte 5 (E) hat keine Überschrift. Sie muss leer bleiben; ein Wert darin ist ein Fehler.",
    ]);
    expect(result.errors.map((e) => [e.row, e.column, e.value, e.ozgId])).toEqual([[3, "Spalte 4 (D)", "x", "10005"]]);
    expect(result.errors[0].message).toMatch(/^Zeile 3, Spalte 4 \(D\): Der Wert steht in einer Spalte ohne Überschrift\./);
    expect(result.rows.map((r) => r.ozgId)).toEqual(["10000"]);
  });

  it("reads a header of 140,000 unknown columns with one warning each instead of overflowing the stack", () => {
    const columns = 140_000;
    const header = ["OZG-ID", "Leistung", "Themenfeld", ...Array.from({ length: columns }, (_, i) => `X${i}`)].join(";");
    const result = readOverview(utf8(`${header}\r\n10000;Elterngeld;Familie & Kind${";".repeat(columns)}\r\n`));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.ozgId)).toEqual(["10000"]);
    expect(result.warnings).toHaveLength(columns);
    expect(result.warnings[columns - 1].message).toBe("Zeile 1, Spalte „X139999“: Unbekannte Spalte „X139999“ wird ignoriert.");
  });

  it("names the header by its line when blank lines precede it", () => {
    const result = readOverviewText("\r\n\r\nOZG-ID;Leistung;Themenfeld;Kosten\r\n10000;Elterngeld;Familie & Kind;0\r\n");
    expect(result.errors.map(core)).toEqual([]);
    expect(result.warnings.map((w) => w.line)).toEqual([3]);
    expect(result.lines).toEqual([4]);
  });

  it("detects `,` from the header line when blank lines precede it", () => {
    const result = readOverviewText("\n\nOZG-ID,Leistung,Themenfeld\n10000,Elterngeld,Familie & Kind\n");
    expect(result.errors.map(core)).toEqual([]);
    expect(result.delimiter).toBe(",");
    expect(result.lines).toEqual([4]);
  });

  it("undoes the export's formula escaping on import", () => {
    const text = "OZG-ID;Leistung;Themenfeld;Bemerkung\r\n10000;Elterngeld;Familie & Kind;\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n";
    const result = readOverviewText(text);
    expect(result.errors.map(core)).toEqual([]);
    expect(result.rows[0].bemerkung).toBe('=HYPERLINK("http://x","y")');
  });
});

describe("readOverview: the Phase error on line 17, row 13", () => {
  // Records start on lines 2, 4, 6, 7, 10, 12, 13, 14, 16 and 17: multi-line cells, a blank line
  // and a line of only `;` lie between them.
  const lines = [
    "OZG-ID;Leistung;Themenfeld;Phase;Bemerkung", // 1
    '10000;Elterngeld;Familie & Kind;Umsetzung;"zwei', // 2
    'Zeilen"', // 3
    "10005;Kindergeld;Familie & Kind;Betrieb;", // 4
    "", // 5
    "10056;Ausbildungsförderung (BAföG);Bildung;in Planung;", // 6
    '10092;Wohngeld;Arbeit & Ruhestand;;"drei', // 7
    "Zeilen", // 8
    'Text"', // 9
    "10119;Personalausweis;Querschnitt;;", // 10
    ";;;;", // 11
    "10169;Führerschein;Mobilität & Reisen;Pilotierung;", // 12
    "10257;Einbürgerung;Ein- & Auswanderung;Rollout;", // 13
    '10258;Einbürgerungstest;Ein- & Auswanderung;Planung;"a', // 14
    'b"', // 15
    "10287;Gewerbelegitimationskarte;Unternehmensführung & -entwicklung;offen;", // 16
    "10364;Gewerbesteuer;Steuern & Zoll;Umsetzen;", // 17
    "10519;Bauvorbescheid und Baugenehmigung;Bauen & Wohnen;Betrieb;", // 18
  ];

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("reports exactly the contract's message (%s)", (_label, eol) => {
    const result = readOverview(utf8(lines.join(eol) + eol));
    expect(result.errors.map(core)).toEqual([
      {
        line: 17,
        column: "Phase",
        value: "Umsetzen",
        // Line 17 of the text file is row 13 as Excel and Calc show it.
        message:
          "Zeile 13, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase. Erlaubt: offen, Planung, Umsetzung, Pilotierung, Rollout, Betrieb. Meinten Sie „Umsetzung“?",
      },
    ]);
    expect(result.errors[0]).toMatchObject({ row: 13, ozgId: "10364", leistung: "Gewerbesteuer", suggestion: "Umsetzung" });
    expect(result.rowNumbers).toEqual([2, 3, 5, 6, 7, 9, 10, 11, 12, 14]);
    expect(result.recordCount).toBe(11);
    expect(result.lines).toEqual([2, 4, 6, 7, 10, 12, 13, 14, 16, 18]);
    expectNoRowDropped(result);
  });
});

describe("readOverview: bad input, each with its line", () => {
  const H = "OZG-ID;Leistung;Themenfeld;Phase\r\n";
  const OK2 = "10000;Elterngeld;Familie & Kind;Umsetzung\r\n";

  it.each<[string, string, CoreProblem[]]>([
    [
      "unknown Themenfeld (lists the allowed values)",
      H + OK2 + "10056;Ausbildungsförderung (BAföG);Sport;\r\n",
      [
        {
          line: 3,
          column: "Themenfeld",
          value: "Sport",
          message: `Zeile 3, Spalte „Themenfeld“: „Sport“ ist kein bekanntes Themenfeld. Erlaubt: ${THEMENFELDER_TEXT}.`,
        },
      ],
    ],
    [
      "unknown Phase, value trimmed in the message",
      H + OK2 + '10056;Ausbildungsförderung (BAföG);Bildung;"  Umsetzen  "\r\n',
      [
        {
          line: 3,
          column: "Phase",
          value: "Umsetzen",
          message: `Zeile 3, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase. Erlaubt: ${PHASEN_TEXT}. Meinten Sie „Umsetzung“?`,
        },
      ],
    ],
    [
      "duplicate OZG-ID names both lines",
      H + OK2 + "10056;Ausbildungsförderung (BAföG);Bildung;\r\n10000;Elterngeld (doppelt);Familie & Kind;\r\n",
      [
        {
          line: 4,
          column: "OZG-ID",
          value: "10000",
          message: "Zeile 4, Spalte „OZG-ID“: Die OZG-ID „10000“ kommt doppelt vor (Zeile 2 und 4).",
        },
      ],
    ],
    [
      "duplicate OZG-ID after a multi-line record, with spaces around the id: named by rows, not lines",
      'OZG-ID;Leistung;Themenfeld;Bemerkung\n10000;Elterngeld;Familie & Kind;"a\nb"\n 10000 ;Elterngeld;Familie & Kind;\n',
      [
        {
          line: 4,
          column: "OZG-ID",
          value: "10000",
          message: "Zeile 3, Spalte „OZG-ID“: Die OZG-ID „10000“ kommt doppelt vor (Zeile 2 und 3).",
        },
      ],
    ],
    [
      "non-numeric OZG-ID",
      H + OK2 + "10O56;Ausbildungsförderung (BAföG);Bildung;\r\n",
      [
        {
          line: 3,
          column: "OZG-ID",
          value: "10O56",
          message: "Zeile 3, Spalte „OZG-ID“: „10O56“ ist keine gültige OZG-ID (nur Ziffern, z. B. 10056).",
        },
      ],
    ],
    [
      "empty OZG-ID",
      H + OK2 + ";Ausbildungsförderung (BAföG);Bildung;\r\n",
      [{ line: 3, column: "OZG-ID", value: "", message: "Zeile 3, Spalte „OZG-ID“: Pflichtfeld „OZG-ID“ ist leer." }],
    ],
    [
      "empty OZG-ID with spaces: one message, not also „keine gültige OZG-ID“",
      H + OK2 + "   ;Ausbildungsförderung (BAföG);Bildung;\r\n",
      [{ line: 3, column: "OZG-ID", value: "", message: "Zeile 3, Spalte „OZG-ID“: Pflichtfeld „OZG-ID“ ist leer." }],
    ],
    [
      "empty Themenfeld: one message",
      H + OK2 + "10056;Ausbildungsförderung (BAföG); ;\r\n",
      [{ line: 3, column: "Themenfeld", value: "", message: "Zeile 3, Spalte „Themenfeld“: Pflichtfeld „Themenfeld“ ist leer." }],
    ],
    [
      "empty Leistung",
      H + OK2 + "10056;  ;Bildung;\r\n",
      [{ line: 3, column: "Leistung", value: "", message: "Zeile 3, Spalte „Leistung“: Pflichtfeld „Leistung“ ist leer." }],
    ],
    [
      "too many fields",
      H + OK2 + "10056;Ausbildungsförderung; BAföG;Bildung;Planung\r\n",
      [
        {
          line: 3,
          column: null,
          value: null,
          message: "Zeile 3: Die Zeile hat 5 Felder, die Kopfzeile 4. Vermutlich enthält eine Zelle ein „;“ ohne Anführungszeichen.",
        },
      ],
    ],
    [
      "too few fields",
      H + OK2 + "10056;Ausbildungsförderung (BAföG)\r\n",
      [
        {
          line: 3,
          column: null,
          value: null,
          message:
            "Zeile 3: Die Zeile hat 2 Felder, die Kopfzeile 4. Vermutlich fehlen Zellen oder ein Zeilenumbruch steht in einer Zelle ohne Anführungszeichen.",
        },
      ],
    ],
    [
      "too many fields in a tab file names the tab",
      "OZG-ID\tLeistung\tThemenfeld\n10000\tElterngeld\tFamilie & Kind\tx\n",
      [
        {
          line: 2,
          column: null,
          value: null,
          message: "Zeile 2: Die Zeile hat 4 Felder, die Kopfzeile 3. Vermutlich enthält eine Zelle ein „Tab“ ohne Anführungszeichen.",
        },
      ],
    ],
    [
      "invalid LeiKa key",
      "OZG-ID;Leistung;Themenfeld;LeiKa-Schlüssel\r\n10000;Elterngeld;Familie & Kind;\"99041006013000\n9904100601700\"\r\n",
      [
        {
          line: 2,
          column: "LeiKa-Schlüssel",
          // The one wrong key of the cell, not the whole cell.
          value: "9904100601700",
          message: "Zeile 2, Spalte „LeiKa-Schlüssel“: „9904100601700“ ist kein gültiger LeiKa-Schlüssel (14 Ziffern, z. B. 99041006013000).",
        },
      ],
    ],
    [
      "non-https Online-Dienst",
      "OZG-ID;Leistung;Themenfeld;Online-Dienst\r\n10000;Elterngeld;Familie & Kind;http://www.elterngeld.de\r\n",
      [
        {
          line: 2,
          column: "Online-Dienst",
          value: "http://www.elterngeld.de",
          message:
            "Zeile 2, Spalte „Online-Dienst“: „http://www.elterngeld.de“ ist keine gültige https-Adresse (z. B. https://www.sachsen-anhalt.de/…).",
        },
      ],
    ],
    [
      "Online-Dienst that is no address at all",
      "OZG-ID;Leistung;Themenfeld;Online-Dienst\r\n10000;Elterngeld;Familie & Kind;www.elterngeld.de\r\n",
      [
        {
          line: 2,
          column: "Online-Dienst",
          value: "www.elterngeld.de",
          message: "Zeile 2, Spalte „Online-Dienst“: „www.elterngeld.de“ ist keine gültige https-Adresse (z. B. https://www.sachsen-anhalt.de/…).",
        },
      ],
    ],
    [
      "unknown Ressort",
      "OZG-ID;Leistung;Themenfeld;Ressort\r\n10000;Elterngeld;Familie & Kind;MK\r\n",
      [
        {
          line: 2,
          column: "Ressort",
          value: "MK",
          message: "Zeile 2, Spalte „Ressort“: „MK“ ist kein bekanntes Ressort. Erlaubt: StK, MI, MF, MS, MB, MWL, MWU, MID, MJ.",
        },
      ],
    ],
    [
      "missing required column (said once, not for every row)",
      "OZG-ID;Leistung;Phase\r\n10000;Elterngeld;Umsetzung\r\n10005;Kindergeld;Betrieb\r\n",
      [
        {
          line: 1,
          column: "Themenfeld",
          value: null,
          message: "Zeile 1, Spalte „Themenfeld“: Pflichtspalte „Themenfeld“ fehlt in der Kopfzeile.",
        },
      ],
    ],
    [
      "a column that occurs twice",
      "OZG-ID;Leistung;Themenfeld;Phase;Projektphase\r\n10000;Elterngeld;Familie & Kind;Umsetzung;Betrieb\r\n",
      [
        {
          line: 1,
          column: "Phase",
          value: "Projektphase",
          message: "Zeile 1, Spalte „Phase“: Die Spalte kommt doppelt vor (Spalte D und E).",
        },
      ],
    ],
  ])("%s", (_label, text, expected) => {
    const result = readOverview(utf8(text));
    expect(result.errors.map(core)).toEqual(expected);
    expect(result.unreadable).toBeFalsy();
  });

  it("rejects every row of a file without two required columns, with one header error each", () => {
    const result = readOverviewText("Leistung;Phase\r\nElterngeld;Umsetzung\r\nKindergeld;Betrieb\r\n");
    expect(result.errors.map((e) => e.message)).toEqual([
      "Zeile 1, Spalte „OZG-ID“: Pflichtspalte „OZG-ID“ fehlt in der Kopfzeile.",
      "Zeile 1, Spalte „Themenfeld“: Pflichtspalte „Themenfeld“ fehlt in der Kopfzeile.",
    ]);
    expect(result.rows).toEqual([]);
  });

  it("reports malformed quotes on the line where the record starts, after multi-line records", () => {
    const text =
      "OZG-ID;Leistung;Themenfeld;Bemerkung\r\n" +
      '10000;Elterngeld;Familie & Kind;"a\nb"\r\n' + // 2–3
      '10056;"Ausbildungsförderung "BAföG";Bildung;\r\n' + // 4: text after a closing quote
      "10092;Wohngeld;Arbeit & Ruhestand;\r\n";
    const result = readOverviewText(text);
    // Line 4 of the file is row 3 of the sheet (the record before spans two lines).
    expect(result.errors.map(core)).toEqual([{ line: 4, column: null, value: null, message: `Zeile 3: ${INVALID_QUOTES}` }]);
    expect(result.errors[0].row).toBe(3);
    // papaparse reads on after the broken cell; the record itself is not a valid row.
    expect(result.recordCount).toBe(3);
    expect(result.lines).toEqual([2, 5]);
    expectNoRowDropped(result);
  });

  it("reports an unclosed quote in the last cell, and does not count that record as a valid row", () => {
    const text = 'OZG-ID;Leistung;Themenfeld;Bemerkung\r\n10000;Elterngeld;Familie & Kind;\r\n10005;Kindergeld;Familie & Kind;"offen\r\n';
    const result = readOverviewText(text);
    expect(result.errors.map(core)).toEqual([{ line: 3, column: null, value: null, message: `Zeile 3: ${MISSING_QUOTE}` }]);
    expect(result.lines).toEqual([2]);
    expectNoRowDropped(result);
  });

  it.each<[string, Buffer]>([
    ["no bytes", Buffer.alloc(0)],
    ["only line breaks", utf8("\r\n\r\n")],
    ["only a BOM", Buffer.from([0xef, 0xbb, 0xbf])],
    ["only delimiters", utf8(";;;;\r\n;;;;\r\n")],
  ])("empty file (%s) → „Die Datei ist leer.“", (_label, bytes) => {
    const result = readOverview(bytes);
    expect(result.errors.map(core)).toEqual([fileProblem("Die Datei ist leer.")]);
    expect(result.rows).toEqual([]);
    expect(result.recordCount).toBe(0);
    expect(result.unreadable).toBeFalsy();
  });

  it.each<[string, Buffer, string]>([
    [
      "xlsx",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
      "Die Datei ist eine Excel-Arbeitsmappe (.xlsx) oder ein ZIP-Archiv, keine CSV-Datei. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.",
    ],
    ["PDF", utf8("%PDF-1.4\n1 0 obj\n"), "Die Datei ist ein PDF-Dokument, keine CSV-Datei."],
    [
      "NUL bytes",
      Buffer.from([...ascii("OZG-ID;Leistung;Themenfeld\r\n"), 0x00, 0x00, 0x01]),
      "Die Datei enthält Binärdaten (Null-Bytes) und ist keine CSV-Textdatei.",
    ],
  ])("binary file (%s) → unreadable", (_label, bytes, message) => {
    const result = readOverview(bytes);
    expect(result.unreadable).toBe(true);
    expect(result.errors.map(core)).toEqual([fileProblem(message)]);
    expect(result.rows).toEqual([]);
  });

  it("header only → one error, no rows", () => {
    const result = readOverview(utf8("\uFEFFOZG-ID;Leistung;Themenfeld\r\n"));
    expect(result.errors.map(core)).toEqual([fileProblem("Die Datei enthält nur die Kopfzeile und keine Leistungen.")]);
    expect(result.recordCount).toBe(0);
    expect(result.rows).toEqual([]);
  });

  it("reports ALL errors of a file with many different errors, in line order (fehlerhaft.csv)", () => {
    const result = readOverview(fixture("fehlerhaft.csv"));
    expect(result.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, "Themenfeld", "Sport"],
      [4, "Phase", "Umsetzen"],
      [6, "OZG-ID", "10000"],
      [7, "OZG-ID", "10O57"],
      [8, "LeiKa-Schlüssel", "9909900200000"],
      [9, "Online-Dienst", "http://www.personalausweisportal.de"],
      [10, null, null],
      [11, null, null],
      [12, "Leistung", ""],
      [14, "Themenfeld", "Querschnitts"],
      [14, "Phase", "fertig"],
      [15, null, null],
    ]);
    expect(result.errors).toHaveLength(12);
    expect(result.errors[1].message).toBe(`Zeile 4, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase. Erlaubt: ${PHASEN_TEXT}. Meinten Sie „Umsetzung“?`);
    // The record on lines 4–5 is one row: from line 6 on, the row is one less than the line.
    expect(result.errors[2].message).toBe("Zeile 5, Spalte „OZG-ID“: Die OZG-ID „10000“ kommt doppelt vor (Zeile 2 und 5).");
    expect(result.errors[11].message).toBe(`Zeile 14: ${MISSING_QUOTE}`);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 13, 14]);
    for (const e of result.errors) expect(e.message.startsWith(`Zeile ${e.row}`)).toBe(true);
    // 13 records: the valid rows of lines 2 and 13, and 11 records with errors.
    expect(result.recordCount).toBe(13);
    expect(result.lines).toEqual([2, 13]);
    expect(result.rows.map((r) => r.ozgId)).toEqual(["10000", "10364"]);
    expect(errorRecordLines(result)).toEqual([3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15]);
    expectNoRowDropped(result);
  });

  it("reports every error of every row, not only the first", () => {
    const text =
      "OZG-ID;Leistung;Themenfeld;Phase;Ressort;Priorität;Online-Dienst\r\n" +
      "x1;;Sport;Umsetzen;MK;sehr hoch;ftp://x\r\n" +
      "10000;Elterngeld;Familie & Kind;Umsetzung;MS;hoch;\r\n" +
      "10005;Kindergeld;Familie;;;;\r\n";
    const result = readOverviewText(text);
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "OZG-ID"],
      [2, "Leistung"],
      [2, "Themenfeld"],
      [2, "Ressort"],
      [2, "Priorität"],
      [2, "Phase"],
      [2, "Online-Dienst"],
      [4, "Themenfeld"],
    ]);
    expect(result.lines).toEqual([3]);
    expectNoRowDropped(result);
  });
});

describe("readOverview: nothing silently lost or garbled", () => {
  const H = "OZG-ID;Leistung;Themenfeld;Bemerkung\r\n";

  it("a control character from a wrong encoding is an error naming row, column and the character", () => {
    // The bytes 0x1E, 0x1C, 0x13 where „ “ – stood.
    const result = readOverviewText(`${H}10000;Elterngeld;Familie & Kind;"a\nb"\r\n10005;Kindergeld;Familie & Kind;\u001EKinder\u001C \u0013 Text\r\n`);
    expect(result.errors.map((e) => [e.row, e.line, e.column, e.ozgId])).toEqual([[3, 4, "Bemerkung", "10005"]]);
    expect(result.errors[0].message).toBe(
      "Zeile 3, Spalte „Bemerkung“: Die Zelle enthält die Steuerzeichen U+001E, U+001C, U+0013, vermutlich falsche Zeichenkodierung beim Speichern. Bitte die Datei als „CSV UTF-8“ speichern und die Zelle prüfen.",
    );
    expect(result.rows.map((r) => r.ozgId)).toEqual(["10000"]);
  });

  it("U+FFFD, DEL and C1 controls are errors too", () => {
    const result = readOverviewText(`${H}10000;Elterngeld;Familie & Kind;Gr\uFFFDße\r\n10005;Kinder\u007Fgeld;Familie & Kind;\r\n10006;Wohngeld;Bauen & Wohnen;\u0085\r\n`);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Bemerkung"],
      [3, "Leistung"],
      [4, "Bemerkung"],
    ]);
    expect(result.errors[0].text).toMatch(/^Die Zelle enthält das Ersatzzeichen U\+FFFD \(„�“\), vermutlich falsche Zeichenkodierung beim Speichern\./);
    expect(result.errors[1].text).toMatch(/Steuerzeichen U\+007F,/);
    expect(result.rows).toEqual([]);
  });

  it("finds a NUL byte after the first 8 KB (beyond the binary sniff) and names its row", () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${10000 + i};Leistung ${i};Bildung;${"x".repeat(40)}\r\n`).join("");
    const bytes = Buffer.concat([utf8(H + rows), utf8("20000;Mit NUL;Bildung;a"), Buffer.from([0]), utf8("b\r\n")]);
    expect(bytes.length).toBeGreaterThan(8192);
    const result = readOverview(bytes);
    expect(result.unreadable).toBeFalsy();
    expect(result.errors.map((e) => [e.row, e.column, e.ozgId])).toEqual([[202, "Bemerkung", "20000"]]);
    expect(result.errors[0].text).toMatch(/Steuerzeichen U\+0000,/);
  });

  it("a required cell of only invisible characters is „leer“", () => {
    const result = readOverviewText(`${H}10000;\u200B\u00AD \u2060;Familie & Kind;\r\n\u200B;Kindergeld;Familie & Kind;\r\n`);
    expect(result.errors.map((e) => e.message)).toEqual([
      "Zeile 2, Spalte „Leistung“: Pflichtfeld „Leistung“ ist leer.",
      "Zeile 3, Spalte „OZG-ID“: Pflichtfeld „OZG-ID“ ist leer.",
    ]);
  });

  it("bidi overrides are warnings naming the characters; the row stays valid", () => {
    const result = readOverviewText(`${H}10000;Elterngeld;Familie & Kind;abc\u202Edef\u2066x\u2069\r\n`);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.warnings.map((w) => [w.row, w.column, w.ozgId, w.leistung])).toEqual([[2, "Bemerkung", "10000", "Elterngeld"]]);
    expect(result.warnings[0].text).toBe(
      "Die Zelle enthält Steuerzeichen für die Schreibrichtung (U+202E, U+2066, U+2069); sie können die Anzeige des Textes umordnen. Bitte prüfen, ob sie gewollt sind.",
    );
  });

  it("caps cell length (32,767, Excel's limit) and values per cell (1,000)", () => {
    const lebenslagen = Array.from({ length: 1001 }, (_, i) => `L${i}`).join("\n");
    const result = readOverviewText(
      `OZG-ID;Leistung;Themenfeld;Lebenslage;Bemerkung\r\n10000;Elterngeld;Familie & Kind;"${lebenslagen}";\r\n10005;Kindergeld;Familie & Kind;;${"x".repeat(32_768)}\r\n`,
    );
    expect(result.errors.map((e) => [e.row, e.column, e.text])).toEqual([
      [2, "Lebenslage", "Die Zelle enthält 1001 Werte; erlaubt sind höchstens 1000."],
      [3, "Bemerkung", "Die Zelle ist 32.768 Zeichen lang; erlaubt sind höchstens 32.767."],
    ]);
    expect(result.rows).toEqual([]);
  });

  it("a value in a column without a header is an error (the shifted row of a re-saved export)", () => {
    // Saved back from a view that split „…Landes, auch für Kommunen nutzbar“ at the comma.
    const text = "OZG-ID;Leistung;Themenfeld;Bemerkung;\r\n10000;Vergabe;Querschnitt;Vergabeplattform des Landes; auch für Kommunen nutzbar\r\n";
    const result = readOverviewText(text);
    expect(result.errors.map((e) => [e.row, e.column, e.value, e.ozgId, e.leistung])).toEqual([[2, "Spalte 5 (E)", "auch für Kommunen nutzbar", "10000", "Vergabe"]]);
    expect(result.rows).toEqual([]);
  });

  it("gives every problem its row, line, OZG-ID and Leistung, and the bare text without the prefix", () => {
    const text = `OZG-ID;Leistung;Themenfeld;Phase\r\n10000;"Eltern\ngeld";Familie & Kind;Umsetzung\r\n10005;Kindergeld;Familie & Kind;Umsetzen\r\n`;
    const [error] = readOverviewText(text).errors;
    expect(error).toEqual({
      row: 3,
      line: 4,
      column: "Phase",
      value: "Umsetzen",
      message: `Zeile 3, Spalte „Phase“: „Umsetzen“ ist keine bekannte Phase. Erlaubt: ${PHASEN_TEXT}. Meinten Sie „Umsetzung“?`,
      text: `„Umsetzen“ ist keine bekannte Phase. Erlaubt: ${PHASEN_TEXT}. Meinten Sie „Umsetzung“?`,
      ozgId: "10005",
      leistung: "Kindergeld",
      suggestion: "Umsetzung",
    });
  });

  it("counts rows as Excel shows them: a blank line is a row, a multi-line record one row", () => {
    const text = 'OZG-ID;Leistung;Themenfeld;Bemerkung\r\n10000;Elterngeld;Familie & Kind;"a\r\nb\r\nc"\r\n\r\n10005;Kindergeld;Familie & Kind;\r\n10006;Wohngeld;Sport;\r\n';
    const result = readOverviewText(text);
    expect(result.rowNumbers).toEqual([2, 4]);
    expect(result.lines).toEqual([2, 6]);
    expect(result.errors.map((e) => [e.row, e.line])).toEqual([[5, 7]]);
  });
});
