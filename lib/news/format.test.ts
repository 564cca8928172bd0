import { describe, expect, it } from "vitest";
import { deadlineText, newsDateLabel, newsDateLine, newsDateLong, newsDateShort } from "./format";
import { deadlineStatus } from "./timeline";

describe("news date texts", () => {
  it("writes German dates and ranges", () => {
    expect(newsDateLong({ date: "2022-11-21" })).toBe("21. November 2022");
    expect(newsDateLong({ date: "2022-11-15", endDate: "2022-11-17" })).toBe("15.–17. November 2022");
    // Intl puts thin spaces around the dash.
    expect(newsDateLong({ date: "2022-10-31", endDate: "2022-11-02" })).toMatch(/^31\. Oktober\s–\s2\. November 2022$/);
    expect(newsDateShort({ date: "2022-11-03" })).toBe("03.11.2022");
    expect(newsDateShort({ date: "2022-11-15", endDate: "2022-11-15" })).toBe("15.11.2022");
  });

  it.each([
    ["2022-11-01", "Frist bis 21.11.2022: noch 20 Tage"],
    ["2022-11-20", "Frist bis 21.11.2022: noch 1 Tag"],
    ["2022-11-21", "Frist bis 21.11.2022: endet heute"],
    ["2022-11-22", "Frist abgelaufen am 21.11.2022"],
    ["2026-11-28", "Frist abgelaufen am 21.11.2022"],
  ])("on %s the deadline 21.11.2022 reads „%s“", (today, text) => {
    expect(deadlineText(deadlineStatus("2022-11-21", today))).toBe(text);
  });
});

describe("news date lines: a publication date is never mistaken for a deadline", () => {
  it("says when a Meldung or Frist was published, and when its deadline is", () => {
    expect(newsDateLine({ date: "2022-11-01", category: "Frist", deadline: "2022-11-21" })).toBe("veröffentlicht 01.11.2022 · Frist 21.11.2022");
    expect(newsDateLine({ date: "2022-11-01", category: "Meldung" })).toBe("veröffentlicht 01.11.2022");
    expect(newsDateLabel({ date: "2022-11-01", category: "Meldung" }, true)).toBe("veröffentlicht am 1. November 2022");
  });

  it("gives the days an event takes place", () => {
    expect(newsDateLine({ date: "2023-11-07", endDate: "2023-11-09", category: "Veranstaltung" })).toBe("07.–09.11.2023");
  });
});
