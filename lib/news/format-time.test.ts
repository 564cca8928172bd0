import { describe, expect, it } from "vitest";
import { newsTimeText } from "./format";

describe("newsTimeText", () => {
  it.each([
    [{ date: "2022-11-03" }, null],
    [{ date: "2022-11-03", startTime: "09:00", endTime: "17:00" }, "9:00–17:00 Uhr"],
    [{ date: "2022-11-03", startTime: "10:30" }, "ab 10:30 Uhr"],
    [{ date: "2022-11-15", endDate: "2022-11-17", startTime: "18:00", endTime: "12:00" }, "Beginn 18:00 Uhr, Ende 12:00 Uhr"],
  ])("%j → %s", (item, text) => expect(newsTimeText(item)).toBe(text));
});
