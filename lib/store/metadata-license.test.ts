import { describe, expect, it } from "vitest";
import { metadataSchema } from "./metadata";

const BASE = { publisher: "MID", contactEmail: "ozg@sachsen-anhalt.de", sampleData: false };

describe("metadata.json: licence and GovData contributor", () => {
  it("accepts a licence with name and web address, and no licence at all", () => {
    const license = { name: "Datenlizenz Deutschland – Namensnennung – Version 2.0", url: "https://www.govdata.de/dl-de/by-2-0" };
    expect(metadataSchema.parse({ ...BASE, license }).license).toEqual(license);
    expect(metadataSchema.parse(BASE).license).toBeUndefined();
  });

  it.each([
    [{ license: { name: "", url: "https://www.govdata.de/dl-de/by-2-0" } }, "„license.name“ darf nicht leer sein."],
    [{ license: { name: "DL-DE", url: "ftp://example.org" } }, "„license.url“ muss eine http(s)-Adresse sein."],
    [{ dcatContributorId: "https://example.org/ich" }, "„dcatContributorId“ muss eine Adresse aus http://dcat-ap.de/def/contributors/ sein."],
  ])("rejects %j with a German message", (extra, message) => {
    const result = metadataSchema.safeParse({ ...BASE, ...extra });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain(message);
  });
});
