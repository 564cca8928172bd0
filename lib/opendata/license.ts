/**
 * Licences as DCAT-AP.de names them: GovData harvests only licence IRIs from
 * http://dcat-ap.de/def/licenses/. metadata.json gives the licence's name and its web address;
 * the known addresses map to their IRI, any other address is used as is.
 */

const DCATDE = "http://dcat-ap.de/def/licenses/";

/** Web addresses of licence texts (without scheme and trailing slash) → DCAT-AP.de IRI. */
const KNOWN: Record<string, string> = {
  "www.govdata.de/dl-de/by-2-0": `${DCATDE}dl-by-de/2.0`,
  "www.govdata.de/dl-de/zero-2-0": `${DCATDE}dl-zero-de/2.0`,
  "creativecommons.org/licenses/by/4.0": `${DCATDE}cc-by/4.0`,
  "creativecommons.org/licenses/by-sa/4.0": `${DCATDE}cc-by-sa/4.0`,
  "creativecommons.org/publicdomain/zero/1.0": `${DCATDE}cc-zero`,
};

function key(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/^govdata\.de/i, "www.govdata.de")
    .replace(/\/(?:deed\.[a-z]+|legalcode(?:\.[a-z]+)?)?$/i, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}

export function dcatLicenseIri(url: string): string {
  if (url.startsWith(DCATDE)) return url;
  return KNOWN[key(url)] ?? url;
}

/** Whether the licence asks for attribution (DCAT-AP.de then wants dcatde:licenseAttributionByText). */
export function needsAttribution(iri: string): boolean {
  return /\/(?:dl-by-de|cc-by|cc-by-sa)\//.test(iri);
}
