/**
 * The words of the overview explained for newcomers: the /glossar page, the „?“ links beside
 * terms in the table, the filters and the service page, and the meaning of coded values
 * („Typisierung 2/3“, „Reifegrad 3“). Plain data, free of server code.
 */
import { FEDERFUEHRUNGEN, type FieldId, PHASEN, RESSORTS, RESSORT_NAMES, UMSETZUNGSMODELLE } from "./vocabulary";

export interface GlossaryValue {
  value: string;
  meaning: string;
}

export interface GlossaryEntry {
  /** Anchor on /glossar, e.g. "reifegrad". */
  id: string;
  term: string;
  /** One or two plain sentences. */
  text: string;
  /** Values of the term with their meaning, where they are coded. */
  values?: GlossaryValue[];
}

const TYPISIERUNG: Readonly<Record<string, string>> = {
  "1": "Der Bund regelt die Leistung und führt sie selbst aus.",
  "2": "Der Bund regelt die Leistung, das Land führt sie aus.",
  "3": "Der Bund regelt die Leistung, die Kommunen führen sie aus.",
  "4": "Das Land regelt die Leistung, Land oder Kommunen führen sie aus.",
  "5": "Die Kommune regelt die Leistung und führt sie aus.",
};

const REIFEGRAD: Readonly<Record<string, string>> = {
  "0": "nicht online: nur auf Papier oder vor Ort",
  "1": "Informationen online, der Antrag aber auf Papier",
  "2": "Formular online ausfüllen, aber nicht online absenden",
  "3": "Antrag mit allen Nachweisen online stellen (erfüllt das OZG)",
  "4": "vollständig digital, Nachweise holt die Behörde selbst (Once-Only)",
};

const UMSETZUNGSMODELL: Readonly<Record<(typeof UMSETZUNGSMODELLE)[number], string>> = {
  "EfA-Nachnutzung": "Sachsen-Anhalt übernimmt einen Online-Dienst, den ein anderes Land oder der Bund für alle gebaut hat („Einer für Alle“).",
  "EfA-Entwicklung mit Federführung Sachsen-Anhalt": "Sachsen-Anhalt baut den Online-Dienst selbst – für sich und für die anderen Länder.",
  Landeslösung: "Sachsen-Anhalt nutzt eine eigene Lösung nur für das Land.",
  "Generischer Online-Dienst": "Ein allgemeiner Antragsassistent, der für viele Leistungen passt, statt eines eigens gebauten Dienstes.",
  "Kommunale Lösung": "Die Kommunen setzen die Leistung mit eigenen Online-Diensten um.",
  Bundeslösung: "Der Bund stellt einen Online-Dienst für ganz Deutschland bereit.",
};

const PHASE: Readonly<Record<(typeof PHASEN)[number], string>> = {
  offen: "Noch nicht begonnen, oder es ist nicht festgelegt, wie es weitergeht.",
  Planung: "Das Vorhaben wird geplant: Lösung, Partner, Kosten.",
  Umsetzung: "Der Online-Dienst wird gebaut oder angepasst.",
  Pilotierung: "Erste Behörden oder Kommunen erproben den Dienst.",
  Rollout: "Der Dienst wird nach und nach im ganzen Land eingeführt.",
  Betrieb: "Der Online-Dienst ist im Land verfügbar.",
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "ozg",
    term: "OZG (Onlinezugangsgesetz)",
    text: "Das Gesetz verpflichtet Bund, Länder und Kommunen, ihre Verwaltungsleistungen auch online anzubieten. Eine OZG-Leistung bündelt zusammengehörige Verwaltungsleistungen; jede hat eine OZG-ID.",
  },
  {
    id: "efa",
    term: "EfA („Einer für Alle“)",
    text: "Ein Land oder der Bund entwickelt einen Online-Dienst, und die anderen Länder und ihre Kommunen übernehmen ihn (Nachnutzung), statt ihn selbst noch einmal zu bauen.",
  },
  {
    id: "efa-federfuehrung",
    term: "Federführung, EfA-Federführung",
    text: "Das Land oder der Bund, das einen EfA-Dienst baut und betreibt. Abgekürzt wird mit dem üblichen Länderkürzel:",
    values: Object.entries(FEDERFUEHRUNGEN).map(([value, meaning]) => ({ value, meaning })),
  },
  {
    id: "nachnutzung",
    term: "Nachnutzung",
    text: "Einen Online-Dienst übernehmen, den jemand anderes gebaut hat. „Nachnutzbar durch Kommunen: ja“ heißt: Kommunen in Sachsen-Anhalt können den Dienst anbinden; auf der Seite der Leistung können sie ihr Interesse bekunden.",
  },
  {
    id: "umsetzungsmodell",
    term: "Umsetzungsmodell",
    text: "Wie das Land die Leistung online bringt:",
    values: UMSETZUNGSMODELLE.map((value) => ({ value, meaning: UMSETZUNGSMODELL[value] })),
  },
  {
    id: "phase",
    term: "Phase",
    text: "Wie weit das Vorhaben des Landes ist, von „offen“ bis „Betrieb“:",
    values: PHASEN.map((value) => ({ value, meaning: PHASE[value] })),
  },
  {
    id: "reifegrad",
    term: "Reifegrad",
    text: "Wie weit das Online-Angebot einer Leistung ist, auf einer Skala von 0 bis 4 (OZG-Reifegradmodell). Ab Reifegrad 3 gilt eine Leistung als im Sinne des OZG online verfügbar.",
    values: Object.entries(REIFEGRAD).map(([value, meaning]) => ({ value, meaning })),
  },
  {
    id: "typisierung",
    term: "Typisierung",
    text: "Der Typ der Leistung im Leistungskatalog (LeiKa): wer sie regelt (das Gesetz macht) und wer sie ausführt. Kombinierte Angaben wie „2/3“ heißen: je nach Fall der eine oder der andere Typ.",
    values: Object.entries(TYPISIERUNG).map(([value, meaning]) => ({ value, meaning })),
  },
  {
    id: "leika",
    term: "LeiKa (Leistungskatalog)",
    text: "Der bundesweite Katalog der Verwaltungsleistungen. Jede Leistung hat dort einen 14-stelligen LeiKa-Schlüssel; eine OZG-Leistung umfasst oft mehrere.",
  },
  {
    id: "lebenslage",
    term: "Lebenslage (Lebens- und Geschäftslage)",
    text: "Eine Situation im Leben oder im Unternehmen, in der man die Leistung braucht, zum Beispiel „Geburt“ oder „Unternehmensgründung“. Eine Leistung kann zu mehreren Lebenslagen gehören.",
  },
  {
    id: "themenfeld",
    term: "Themenfeld",
    text: "Einer der 14 Themenbereiche des OZG-Katalogs, zum Beispiel „Familie & Kind“. Jede Leistung gehört zu genau einem.",
  },
  {
    id: "ressort",
    term: "Ressort",
    text: "Das Ministerium des Landes, das für die Leistung zuständig ist:",
    values: RESSORTS.map((value) => ({ value, meaning: RESSORT_NAMES[value] })),
  },
  {
    id: "zustaendigkeit",
    term: "Zuständigkeit",
    text: "Wer die Leistung gegenüber Bürgerinnen, Bürgern und Unternehmen erbringt: Bund, Land, Kommune oder Land und Kommune.",
  },
  {
    id: "prioritaet",
    term: "Priorität",
    text: "Wie dringend das Land die Leistung online bringen will: hoch, mittel oder niedrig.",
  },
  {
    id: "stand",
    term: "Stand",
    text: "Eine veröffentlichte Fassung der Nachnutzungsübersicht, benannt nach ihrem Datum. Ältere Stände bleiben abrufbar, so lässt sich vergleichen, was sich geändert hat.",
  },
  {
    id: "nicht-festgelegt",
    term: "nicht festgelegt",
    text: "Das Feld ist in der Übersicht leer. In den Filtern ist „nicht festgelegt“ ein eigener Wert, damit sich auch diese Leistungen finden lassen.",
  },
];

/** The glossary entry that explains a field's header, if any. */
export const FIELD_GLOSSARY: Partial<Record<FieldId, string>> = {
  typisierung: "typisierung",
  reifegrad: "reifegrad",
  umsetzungsmodell: "umsetzungsmodell",
  efaFederfuehrung: "efa-federfuehrung",
  phase: "phase",
  lebenslage: "lebenslage",
  leikaSchluessel: "leika",
  zustaendigkeit: "zustaendigkeit",
  nachnutzbarKommunen: "nachnutzung",
};

/** Fields whose header is jargon: their „?“ link sits in the table's header too. */
export const JARGON_FIELDS: ReadonlySet<FieldId> = new Set(["typisierung", "reifegrad", "umsetzungsmodell", "efaFederfuehrung"]);

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}

/** What a coded value means in plain words, or null: „2/3“ → both types, „3“ (Reifegrad) → its level. */
export function valueMeaning(field: FieldId, value: string): string | null {
  const v = value.trim();
  if (v === "") return null;
  switch (field) {
    case "typisierung": {
      const parts = v.split("/").map((p) => p.trim());
      const meanings = parts.map((p) => TYPISIERUNG[p.replace(/[a-z]$/i, "")]);
      if (meanings.some((m) => !m)) return null;
      return parts.length === 1 ? meanings[0] : `Je nach Fall: ${parts.map((p, i) => `${p} – ${meanings[i]}`).join(" ")}`;
    }
    case "reifegrad":
      return REIFEGRAD[v] ? `Reifegrad ${v}: ${REIFEGRAD[v]}` : null;
    case "umsetzungsmodell":
      return UMSETZUNGSMODELL[v as keyof typeof UMSETZUNGSMODELL] ?? null;
    case "efaFederfuehrung":
      return FEDERFUEHRUNGEN[v] ? `Federführung: ${FEDERFUEHRUNGEN[v]}` : null;
    case "ressort":
      return RESSORT_NAMES[v as keyof typeof RESSORT_NAMES] ?? null;
    default:
      return null;
  }
}
