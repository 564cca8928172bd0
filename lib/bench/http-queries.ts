/**
 * The questions the HTTP benchmark asks both `/` and `/api/leistungen`, in the query language
 * they share: the default view and filtered views that exist on the sample and on generated data.
 */
export const HTTP_QUERIES: { name: string; search: string }[] = [
  { name: "default view", search: "" },
  { name: "search + two filters + sort", search: "q=antrag&themenfeld=Familie+%26+Kind&phase=Umsetzung&phase=Betrieb&sort=-leistung" },
  // Canonical order (the page redirects other orders to it; the bench measures the page itself).
  { name: "Ressort + Lebenslage", search: "lebenslage=Geburt&ressort=MI" },
  { name: "sorted by Phase, page 3", search: "sort=-phase&page=3" },
];
