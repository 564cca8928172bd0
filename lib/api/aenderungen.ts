/** GET /api/aenderungen?von=STAND&bis=STAND: what changed between two Stände (docs/contract.md §5). */
import "server-only";
import { cachedDiff } from "../changes/diff";
import { parseComparePair } from "../params/compare";
import { getDataset } from "../store/repository";
import { paramContext } from "../view/request";
import { badRequest, dataError, json } from "./json";

export async function aenderungenResponse(params: URLSearchParams): Promise<Response> {
  try {
    const pair = parseComparePair(params, await paramContext());
    if (!pair.ok) return badRequest(pair.problems);
    const [from, to] = await Promise.all([getDataset(pair.von), getDataset(pair.bis)]);
    return json(cachedDiff(from, to));
  } catch (error) {
    return dataError(error);
  }
}
