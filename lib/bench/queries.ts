/** The queries the benchmark measures: the two the issue names, and a few more shapes. */
import { EMPTY_QUERY, type Query } from "../query/query";

export const BENCH_QUERIES: { name: string; query: Query }[] = [
  {
    name: "full: search + two facet filters + all facet counts + sort + page 2",
    query: {
      ...EMPTY_QUERY,
      q: "antrag",
      filters: { themenfeld: ["Familie & Kind", "Bauen & Wohnen", "Unternehmensführung & -entwicklung"], phase: ["Umsetzung", "Betrieb", "Rollout"] },
      sort: { field: "leistung", desc: true },
      page: 2,
    },
  },
  { name: "unfiltered, sorted by Leistung (German collation)", query: { ...EMPTY_QUERY, sort: { field: "leistung", desc: false } } },
  { name: "unfiltered, sorted by Phase descending, last page", query: { ...EMPTY_QUERY, sort: { field: "phase", desc: true }, page: 1000 } },
  { name: "broad search (two common words)", query: { ...EMPTY_QUERY, q: "magdeburg erlaubnis" } },
  { name: "three filters incl. Lebenslage and 'nicht festgelegt'", query: { ...EMPTY_QUERY, filters: { ressort: ["MI", "MID", ""], lebenslage: ["Geburt", "Bauen & Immobilien"], nachnutzbarKommunen: ["ja"] } } },
];
