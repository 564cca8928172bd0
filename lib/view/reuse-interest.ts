/**
 * Declaring reuse interest, as the newsletter asks municipalities to do: an e-mail to the OZG
 * coordination with the service named, prepared so that nothing needs to be looked up.
 */
export interface InterestService {
  ozgId: string;
  leistung: string;
}

export function reuseInterestSubject(service: InterestService): string {
  return `Nachnutzungsinteresse: ${service.leistung} (OZG-ID ${service.ozgId})`;
}

export function reuseInterestBody(service: InterestService): string {
  return [
    "Guten Tag,",
    "",
    `unsere Kommune hat Interesse an der Nachnutzung der OZG-Leistung „${service.leistung}“ (OZG-ID ${service.ozgId}).`,
    "",
    "Kommune:",
    "Ansprechperson:",
    "Telefon:",
    "Gewünschter Zeitraum:",
    "",
    "Mit freundlichen Grüßen",
  ].join("\r\n");
}

/** A mailto: address with subject and body (RFC 6068: encoded with %20, line breaks as %0D%0A). */
export function reuseInterestMailto(email: string, service: InterestService): string {
  const subject = encodeURIComponent(reuseInterestSubject(service));
  const body = encodeURIComponent(reuseInterestBody(service));
  return `mailto:${email}?subject=${subject}&body=${body}`;
}
