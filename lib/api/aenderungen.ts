/** GET /api/aenderungen?von=STAND&bis=STAND: what changed between two Stände (DATA.md §5). */
import { cachedDiff } from "../changes/diff";
import { parseComparePair } from "../changes/params";
import { getDataset, listStaende } from "../store/repository";
import { badRequest, dataError, json } from "./json";

export async function aenderungenResponse(params: URLSearchParams): Promise<Response> {
  try {
    const pair = parseComparePair(params, await listStaende());
    if (!pair.ok) return badRequest(pair.problems);
    const [from, to] = await Promise.all([getDataset(pair.von), getDataset(pair.bis)]);
    return json(cachedDiff(from, to));
  } catch (error) {
    return dataError(error);
  }
}
