/**
 * How far the reuse of a service by Kommunen has come, as one value per service: what the
 * dashboard's facet „Nachnutzung durch Kommunen“ and /kommunen filter by (URL parameter
 * `nachnutzung`). Free of zod and server code, so links can be built with it anywhere.
 */

/** In facet order; the code of each is its index in REUSE_STAGE_CODES. */
export const REUSE_STAGES = ["nachgenutzt", "interesse", "keine"] as const;
export type ReuseStage = (typeof REUSE_STAGES)[number];

export const REUSE_PARAM = "nachnutzung";
export const REUSE_FACET_TITLE = "Nachnutzung durch Kommunen";

export const REUSE_STAGE_LABELS: Record<ReuseStage, string> = {
  nachgenutzt: "von Kommunen nachgenutzt",
  interesse: "Interesse bekundet",
  keine: "keine Bekundung",
};

/** What each value means, for the facet's description. */
export const REUSE_STAGE_DESCRIPTIONS: Record<ReuseStage, string> = {
  nachgenutzt: "mindestens eine Kommune mit geschlossener Vereinbarung, angebunden oder in Betrieb",
  interesse: "bestätigtes Interesse, noch keine Vereinbarung",
  keine: "keine bestätigte Bekundung",
};

/** Codes for the engine's derived facet: 0 = keine (like „nicht festgelegt“ for a column), 1 = interesse, 2 = nachgenutzt. */
export const REUSE_STAGE_CODES: Record<ReuseStage, number> = { keine: 0, interesse: 1, nachgenutzt: 2 };
export const REUSE_STAGE_COUNT = 3;

export function isReuseStage(value: string): value is ReuseStage {
  return (REUSE_STAGES as readonly string[]).includes(value);
}

/** The stages in facet order (for canonical URLs). */
export function stageOrder(stages: readonly ReuseStage[]): ReuseStage[] {
  return REUSE_STAGES.filter((s) => stages.includes(s));
}
