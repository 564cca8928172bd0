import { describe, expect, it } from "vitest";
import { reuseInterestBody, reuseInterestMailto, reuseInterestSubject } from "./reuse-interest";

const service = { ozgId: "10257", leistung: "Einbürgerung" };

describe("reuse interest e-mail", () => {
  it("names the service and its OZG-ID in the subject", () => {
    expect(reuseInterestSubject(service)).toBe("Nachnutzungsinteresse: Einbürgerung (OZG-ID 10257)");
  });

  it("prepares a body with the fields the coordination needs", () => {
    const body = reuseInterestBody(service);
    expect(body).toContain("„Einbürgerung“ (OZG-ID 10257)");
    expect(body.split("\r\n")).toEqual(expect.arrayContaining(["Kommune:", "Ansprechperson:", "Telefon:"]));
  });

  it("encodes subject and body for a mailto: address", () => {
    const href = reuseInterestMailto("ozg@sachsen-anhalt.de", { ozgId: "10348", leistung: "Sondernutzung von Straßen & Wegen" });
    expect(href.startsWith("mailto:ozg@sachsen-anhalt.de?subject=")).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get("subject")).toBe("Nachnutzungsinteresse: Sondernutzung von Straßen & Wegen (OZG-ID 10348)");
    expect(url.searchParams.get("body")).toContain("\r\nKommune:\r\n");
    // "&" inside the subject must not start a new parameter.
    expect(href).toContain("%26");
  });
});
