import { describe, expect, it } from "vitest";
import { dcatLicenseIri, needsAttribution } from "./license";

describe("dcatLicenseIri", () => {
  it.each([
    ["https://www.govdata.de/dl-de/by-2-0", "http://dcat-ap.de/def/licenses/dl-by-de/2.0"],
    ["http://govdata.de/dl-de/by-2-0/", "http://dcat-ap.de/def/licenses/dl-by-de/2.0"],
    ["https://www.govdata.de/dl-de/zero-2-0", "http://dcat-ap.de/def/licenses/dl-zero-de/2.0"],
    ["https://creativecommons.org/licenses/by/4.0/deed.de", "http://dcat-ap.de/def/licenses/cc-by/4.0"],
    ["https://creativecommons.org/publicdomain/zero/1.0/", "http://dcat-ap.de/def/licenses/cc-zero"],
    ["http://dcat-ap.de/def/licenses/other-open", "http://dcat-ap.de/def/licenses/other-open"],
    ["https://example.org/lizenz", "https://example.org/lizenz"],
  ])("%s → %s", (url, iri) => expect(dcatLicenseIri(url)).toBe(iri));

  it("knows which licences ask for attribution", () => {
    expect(needsAttribution("http://dcat-ap.de/def/licenses/dl-by-de/2.0")).toBe(true);
    expect(needsAttribution("http://dcat-ap.de/def/licenses/dl-zero-de/2.0")).toBe(false);
  });
});
