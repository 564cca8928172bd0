import { describe, expect, it } from "vitest";
import { signInTarget } from "./sign-in-target";

describe("signInTarget", () => {
  it.each([
    ["/verwaltung", "/verwaltung"],
    ["/verwaltung/protokoll", "/verwaltung/protokoll"],
    ["/verwaltung/protokoll?action=anmeldung&seite=2", "/verwaltung/protokoll?action=anmeldung&seite=2"],
    ["/verwaltung/nachnutzung/abc#verlauf", "/verwaltung/nachnutzung/abc#verlauf"],
  ])("keeps the staff path %s", (weiter, expected) => {
    expect(signInTarget(weiter)).toBe(expected);
  });

  it.each([
    [undefined],
    [""],
    ["https://boese.example/verwaltung"],
    ["//boese.example/verwaltung"],
    ["/\\boese.example/verwaltung"],
    ["\\\\boese.example"],
    ["/verwaltung\n//boese.example"],
    ["javascript:alert(1)"],
    ["/"],
    ["/aktuelles"],
    ["/verwaltungx"],
    ["/anmelden?weiter=/verwaltung"],
    ["/verwaltung/../aktuelles"],
    ["x".repeat(3000)],
    [42],
  ])("sends %s to /verwaltung", (weiter) => {
    expect(signInTarget(weiter)).toBe("/verwaltung");
  });
});
