import { describe, expect, it } from "vitest";
import { makeRow } from "../overview/fixtures/rows";
import { exportStream, textByteStream } from "./csv-stream";
import { readBytes, readChunks, viewOf } from "./test-helpers";

const ROWS = [
  makeRow({
    ozgId: "10056",
    leistung: "Ausbildungsförderung (BAföG)",
    themenfeld: "Bildung",
    ressort: "MB",
    phase: "Betrieb",
    lebenslage: ["Schule", "Studium"],
    leikaSchluessel: ["99041006013000"],
  }),
  makeRow({
    ozgId: "10092",
    leistung: "Wohngeld",
    themenfeld: "Bauen & Wohnen",
    phase: "Planung",
    rechtsgrundlagen: ["§ 1 WoGG", "§ 2 WoGG"],
    bemerkung: 'Antrag "online"; Frist: 31.12.',
  }),
  makeRow({ ozgId: "10257", leistung: "Einbürgerung", themenfeld: "Ein- & Auswanderung", phase: "Umsetzung", bemerkung: "=1+1" }),
  makeRow({ ozgId: "10010", leistung: "Anmeldung", themenfeld: "Bildung" }),
];

const ALL_HEADERS =
  "OZG-ID;Leistung;Themenfeld;Lebenslage;LeiKa-Schlüssel;Typisierung;Rechtsgrundlagen;Zuständigkeit;Ressort;" +
  "Priorität;Phase;Umsetzungsmodell;EfA-Federführung;Nachnutzbar durch Kommunen;Reifegrad;Online-Dienst;Bemerkung\r\n";

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("exportStream", () => {
  it("starts with the UTF-8 BOM bytes EF BB BF", async () => {
    const bytes = await readBytes(exportStream(viewOf(ROWS)));
    expect([...bytes.subarray(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0x4f, 0x5a, 0x47]); // BOM, "OZG"
  });

  it("writes umlauts as UTF-8", async () => {
    const bytes = await readBytes(exportStream(viewOf(ROWS, { cols: ["leistung"], filters: { themenfeld: ["Ein- & Auswanderung"] } })));
    // "Einbürgerung": ü = C3 BC
    expect(bytes.includes(Buffer.from([0x45, 0x69, 0x6e, 0x62, 0xc3, 0xbc, 0x72]))).toBe(true);
  });

  it("writes all matching rows in the view's sort order, with `;`, CRLF, quotes and multi-values as LF inside quotes", async () => {
    const view = viewOf(ROWS, { sort: { field: "leistung", desc: true }, cols: ["ozgId", "leistung", "lebenslage", "rechtsgrundlagen", "bemerkung"] });
    expect(text(await readBytes(exportStream(view)))).toBe(
      "\uFEFFOZG-ID;Leistung;Lebenslage;Rechtsgrundlagen;Bemerkung\r\n" +
        '10092;Wohngeld;;"§ 1 WoGG\n§ 2 WoGG";"Antrag ""online""; Frist: 31.12."\r\n' +
        "10257;Einbürgerung;;;'=1+1\r\n" +
        '10056;Ausbildungsförderung (BAföG);"Schule\nStudium";;\r\n' +
        "10010;Anmeldung;;;\r\n",
    );
  });

  it("writes all 17 columns with German headers when no columns were chosen", async () => {
    const view = viewOf(ROWS, { filters: { themenfeld: ["Bildung"] } });
    expect(text(await readBytes(exportStream(view)))).toBe(
      "\uFEFF" +
        ALL_HEADERS +
        "10010;Anmeldung;Bildung;;;;;;;;offen;;;;;;\r\n" +
        '10056;Ausbildungsförderung (BAföG);Bildung;"Schule\nStudium";99041006013000;;;;MB;;Betrieb;;;;;;\r\n',
    );
  });

  it("ignores the page of the view: every matching row, not only the first page", async () => {
    const view = viewOf(ROWS, { page: 2, size: 1, cols: ["ozgId"] });
    expect(view.result.rows.map((r) => r.ozgId)).toEqual(["10056"]);
    expect(text(await readBytes(exportStream(view)))).toBe("\uFEFFOZG-ID\r\n10010\r\n10056\r\n10092\r\n10257\r\n");
  });

  it("writes only BOM and header when nothing matches", async () => {
    const view = viewOf(ROWS, { q: "gibtesnicht", cols: ["ozgId", "leistung"] });
    expect(text(await readBytes(exportStream(view)))).toBe("\uFEFFOZG-ID;Leistung\r\n");
  });

  it("takes explicit columns over the query's", async () => {
    const view = viewOf(ROWS, { cols: ["ozgId", "leistung"], filters: { phase: ["Planung"] } });
    expect(text(await readBytes(exportStream(view, { cols: ["phase", "ozgId"] })))).toBe("\uFEFFPhase;OZG-ID\r\nPlanung;10092\r\n");
  });

  it("sends the header first and then one chunk per `chunkRows` rows", async () => {
    const chunks = await readChunks(exportStream(viewOf(ROWS, { cols: ["ozgId"] }), { chunkRows: 3 }));
    expect(chunks.map(text)).toEqual(["\uFEFFOZG-ID\r\n", "10010\r\n10056\r\n10092\r\n", "10257\r\n"]);
  });

  it("streams 10,000 rows in chunks of 2,000 by default, every row once and in order", async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => makeRow({ ozgId: String(100_000 + i), leistung: `Leistung ${i}`, themenfeld: "Umwelt" }));
    const chunks = await readChunks(exportStream(viewOf(many, { cols: ["ozgId"] })));
    expect(chunks).toHaveLength(6);
    const lines = chunks.map(text).join("").split("\r\n");
    expect(lines).toHaveLength(10_002); // header, 10,000 rows, "" after the last CRLF
    expect(lines[1]).toBe("100000");
    expect(lines[10_000]).toBe("109999");
    expect(lines[10_001]).toBe("");
  });
});

describe("textByteStream", () => {
  /** An endless producer that counts how many chunks were asked of it. */
  function counting() {
    const state = { produced: 0, closed: false };
    function* chunks() {
      try {
        for (;;) yield `chunk ${state.produced++};`;
      } finally {
        state.closed = true;
      }
    }
    return { state, chunks: chunks() };
  }

  it("produces a chunk only when the reader pulls (an endless source is fine)", async () => {
    const { state, chunks } = counting();
    const stream = textByteStream(chunks);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.produced).toBeLessThanOrEqual(1);
    const reader = stream.getReader();
    const read = [];
    for (let i = 0; i < 3; i++) read.push(text((await reader.read()).value!));
    expect(read).toEqual(["chunk 0;", "chunk 1;", "chunk 2;"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.produced).toBeLessThanOrEqual(4);
    await reader.cancel();
    expect(state.closed).toBe(true);
  });

  it("encodes each chunk as UTF-8", async () => {
    const bytes = await readBytes(textByteStream(["\uFEFF", "ä€\r\n"]));
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa4, 0xe2, 0x82, 0xac, 0x0d, 0x0a]);
  });
});
