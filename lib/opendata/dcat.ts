/**
 * DCAT-AP.de metadata of the overview as JSON-LD (/daten/dcat.jsonld), so that a portal such
 * as GovData can harvest it: one dcat:Catalog with one dcat:Dataset, and per published Stand one
 * dcat:Distribution per format (CSV, xlsx, JSON). Terms are compacted with prefixes in an inline
 * @context, so no remote context has to be fetched to read it.
 */
import { formatDate } from "../format";
import { absoluteUrl } from "../http/base-url";
import type { Metadata } from "../store/metadata";
import { PATHS } from "../routes";
import { type Download, standDownloads } from "./downloads";
import { dcatLicenseIri, needsAttribution } from "./license";

export const DCAT_CONTENT_TYPE = "application/ld+json; charset=utf-8";

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  dcatde: "http://dcat-ap.de/def/dcatde/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

const EU = "http://publications.europa.eu/resource/authority/";
const IANA = "https://www.iana.org/assignments/media-types/";

const iri = (id: string) => ({ "@id": id });
const date = (value: string) => ({ "@value": value, "@type": "xsd:date" });

export interface DcatInput {
  /** Published Stände, oldest first (at least one). */
  staende: readonly string[];
  metadata: Metadata;
  baseUrl: string;
}

function organization(metadata: Metadata, baseUrl: string) {
  return {
    "@id": `${absoluteUrl(baseUrl, PATHS.daten)}#herausgeber`,
    "@type": "foaf:Organization",
    "foaf:name": metadata.publisher,
    "foaf:mbox": iri(`mailto:${metadata.contactEmail}`),
  };
}

function distribution(stand: string, download: Download, input: DcatInput, licenseIri: string | null) {
  const { metadata, baseUrl } = input;
  const url = absoluteUrl(baseUrl, download.href);
  return {
    "@id": `${absoluteUrl(baseUrl, PATHS.daten)}#stand-${stand}-${download.format}`,
    "@type": "dcat:Distribution",
    "dct:title": `${metadata.title}, Stand ${formatDate(stand)} (${download.label})`,
    "dct:description": download.description,
    "dcat:accessURL": iri(url),
    ...(download.isFile ? { "dcat:downloadURL": iri(url) } : {}),
    "dct:format": iri(`${EU}file-type/${download.fileType}`),
    "dcat:mediaType": iri(`${IANA}${download.mediaType}`),
    "dct:issued": date(stand),
    "dct:modified": date(stand),
    ...(licenseIri ? { "dct:license": iri(licenseIri) } : {}),
    ...(licenseIri && needsAttribution(licenseIri) ? { "dcatde:licenseAttributionByText": `${metadata.publisher}, ${metadata.title}, Stand ${formatDate(stand)}` } : {}),
  };
}

const DESCRIPTION =
  "Für jede Leistung des Onlinezugangsgesetzes (OZG): Themenfeld, Lebens- und Geschäftslagen, LeiKa-Schlüssel, Rechtsgrundlagen, Zuständigkeit, das zuständige Ressort der Landesregierung Sachsen-Anhalt, Priorität, Phase der Umsetzung, Umsetzungsmodell, EfA-Federführung, Nachnutzbarkeit durch Kommunen, Reifegrad und Online-Dienst. Jeder veröffentlichte Stand bleibt unverändert abrufbar.";

/** The JSON-LD document. */
export function dcatDocument(input: DcatInput): Record<string, unknown> {
  const { staende, metadata, baseUrl } = input;
  const page = absoluteUrl(baseUrl, PATHS.daten);
  const publisher = organization(metadata, baseUrl);
  const licenseIri = metadata.license ? dcatLicenseIri(metadata.license.url) : null;
  const first = staende[0];
  const newest = staende[staende.length - 1];
  const description = metadata.sampleData
    ? `${DESCRIPTION} Hinweis: Dies sind Beispieldaten${metadata.sampleNotice ? ` – ${metadata.sampleNotice}` : "."}`
    : DESCRIPTION;
  const dataset = {
    "@id": `${page}#datensatz`,
    "@type": "dcat:Dataset",
    "dct:identifier": `${page}#datensatz`,
    "dct:title": metadata.title,
    "dct:description": description,
    "dct:publisher": publisher,
    "dcatde:maintainer": iri(publisher["@id"]),
    "dcat:contactPoint": {
      "@type": "vcard:Organization",
      "vcard:fn": metadata.publisher,
      "vcard:hasEmail": iri(`mailto:${metadata.contactEmail}`),
    },
    ...(metadata.dcatContributorId ? { "dcatde:contributorID": iri(metadata.dcatContributorId) } : {}),
    "dcat:landingPage": iri(page),
    "dcat:theme": [iri(`${EU}data-theme/GOVE`)],
    "dcat:keyword": ["OZG", "Onlinezugangsgesetz", "Nachnutzung", "Einer für Alle", "EfA", "Verwaltungsdigitalisierung", "Sachsen-Anhalt"],
    "dct:language": iri(`${EU}language/DEU`),
    "dct:accessRights": iri(`${EU}access-right/PUBLIC`),
    "dct:accrualPeriodicity": iri(`${EU}frequency/IRREG`),
    "dcatde:politicalGeocodingLevelURI": iri("http://dcat-ap.de/def/politicalGeocoding/Level/state"),
    "dcatde:politicalGeocodingURI": iri("http://dcat-ap.de/def/politicalGeocoding/stateKey/15"),
    "dct:issued": date(first),
    "dct:modified": date(newest),
    ...(licenseIri ? { "dct:license": iri(licenseIri) } : {}),
    // Newest Stand first: a harvester showing a list shows the current data on top.
    "dcat:distribution": [...staende].reverse().flatMap((stand) => standDownloads(stand).map((d) => distribution(stand, d, input, licenseIri))),
  };
  return {
    "@context": DCAT_CONTEXT,
    "@id": `${page}#katalog`,
    "@type": "dcat:Catalog",
    "dct:title": metadata.title,
    "dct:description": `Offene Daten der ${metadata.title}: jeder veröffentlichte Stand als CSV, Excel-Arbeitsmappe und über die JSON-Schnittstelle.`,
    "dct:publisher": iri(publisher["@id"]),
    "dct:language": iri(`${EU}language/DEU`),
    "dct:modified": date(newest),
    "foaf:homepage": iri(absoluteUrl(baseUrl, "/")),
    "dcat:themeTaxonomy": iri(`${EU}data-theme`),
    "dcat:dataset": [dataset],
  };
}
