import { describe, expect, it } from "vitest";
import { newsItem } from "../news/fixtures";
import { deadlineBadge, deadlineBadges } from "./deadline";
import { newsDeadlines } from "./news-deadlines";

const einbuergerung = newsItem({
  slug: "einbuergerung-nachnutzung",
  title: "Digitale Einbürgerung: Pilotkommunen gesucht",
  shortTitle: "Pilotkommunen gesucht",
  category: "Frist",
  date: "2022-11-01",
  deadline: "2022-11-21",
  ozgIds: ["10257", "10000"],
});
const meldung = newsItem({ slug: "meldung", ozgIds: ["10257"] });

describe("news deadlines belong to the services they name", () => {
  it("gives one deadline per named service, only for items with a deadline", () => {
    expect(newsDeadlines([einbuergerung, meldung], ["10257"])).toEqual([
      { ozgId: "10257", deadline: "2022-11-21", label: "Pilotkommunen gesucht", href: "/aktuelles/einbuergerung-nachnutzung", source: "aktuelles" },
    ]);
    expect(newsDeadlines([einbuergerung]).map((d) => d.ozgId)).toEqual(["10257", "10000"]);
  });
});

describe("deadline texts", () => {
  const [d] = newsDeadlines([einbuergerung], ["10257"]);

  it.each([
    ["2022-11-09", "open", "Frist 21.11.2022 – noch 12 Tage", "Interesse bis 21.11.2022 bekunden – noch 12 Tage"],
    ["2022-11-20", "open", "Frist 21.11.2022 – noch 1 Tag", "Interesse bis 21.11.2022 bekunden – noch 1 Tag"],
    ["2022-11-21", "open", "Frist 21.11.2022 – endet heute", "Interesse bis 21.11.2022 bekunden – endet heute"],
    ["2022-11-22", "expired", "Frist abgelaufen (21.11.2022)", "Frist abgelaufen am 21.11.2022"],
  ])("on %s: %s", (today, state, short, long) => {
    expect(deadlineBadge(d, today)).toMatchObject({ state, short, long, href: "/aktuelles/einbuergerung-nachnutzung" });
  });

  it("lists open deadlines first and leaves long expired ones out of lists", () => {
    const later = { ...d, deadline: "2022-12-31", label: "später" };
    const old = { ...d, deadline: "2022-10-20", label: "alt" };
    const older = { ...d, deadline: "2022-09-01", label: "zu alt" };
    expect(deadlineBadges([later, older, old, d], "2022-11-09")["10257"].map((b) => b.label)).toEqual(["Pilotkommunen gesucht", "später", "alt"]);
    expect(deadlineBadges([d], "2023-01-15")).toEqual({});
    expect(deadlineBadges([d], "2023-01-15", { expiredDays: Infinity })["10257"][0].state).toBe("expired");
  });
});
