/**
 * Large data sets in the contract's format for benchmarks and load checks: every sample
 * service once per municipality of Sachsen-Anhalt, with unique OZG-IDs. Names, Themenfelder
 * and most values come from the sample row, so search and filters are as selective as on the
 * sample; phase and Reifegrad vary per municipality, as local roll-outs do.
 */
import type { Leistung } from "../leistung";
import { PHASEN } from "../vocabulary";

/** Municipalities and districts of Sachsen-Anhalt (public names), used to make names unique. */
export const GEBIETE = [
  "Magdeburg", "Halle (Saale)", "Dessau-Roßlau", "Lutherstadt Wittenberg", "Bernburg (Saale)",
  "Halberstadt", "Weißenfels", "Stendal", "Bitterfeld-Wolfen", "Merseburg", "Naumburg (Saale)",
  "Wernigerode", "Schönebeck (Elbe)", "Sangerhausen", "Aschersleben", "Zeitz", "Quedlinburg",
  "Burg", "Köthen (Anhalt)", "Lutherstadt Eisleben", "Salzwedel", "Wolmirstedt", "Gardelegen",
  "Haldensleben", "Zerbst/Anhalt", "Staßfurt", "Oschersleben (Bode)", "Blankenburg (Harz)",
  "Hettstedt", "Genthin", "Sandersdorf-Brehna", "Tangermünde", "Havelberg", "Osterburg (Altmark)",
  "Thale", "Wanzleben-Börde", "Oebisfelde-Weferlingen", "Querfurt", "Leuna", "Schkopau",
  "Landsberg", "Teutschenthal", "Hohe Börde", "Barleben", "Möckern", "Jessen (Elster)",
  "Gräfenhainichen", "Kemberg", "Bad Dürrenberg", "Braunsbedra", "Altmarkkreis Salzwedel",
  "Landkreis Anhalt-Bitterfeld", "Landkreis Börde", "Burgenlandkreis", "Landkreis Harz",
  "Landkreis Jerichower Land", "Landkreis Mansfeld-Südharz", "Saalekreis", "Salzlandkreis",
  "Landkreis Stendal", "Landkreis Wittenberg",
];

/** Small deterministic PRNG (mulberry32), so a seed always gives the same data set. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* generateRows(templates: readonly Leistung[], count: number, seed = 1): Generator<Leistung> {
  if (templates.length === 0) throw new Error("Keine Vorlagen: Der Stand enthält keine Leistungen.");
  const random = prng(seed);
  const t = templates.length;
  for (let i = 0; i < count; i++) {
    const template = templates[i % t];
    const gebiet = GEBIETE[Math.floor(i / t) % GEBIETE.length];
    const round = Math.floor(i / (t * GEBIETE.length));
    const phase = PHASEN[Math.floor(random() * PHASEN.length)];
    yield {
      ...template,
      ozgId: String(1_000_000 + i),
      leistung: `${template.leistung} – ${gebiet}${round > 0 ? ` ${round + 1}` : ""}`,
      phase,
      reifegrad: phase === "Betrieb" ? (random() < 0.5 ? "3" : "4") : phase === "offen" ? "0" : template.reifegrad,
    };
  }
}
