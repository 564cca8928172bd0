/** The declarations staff asked for (filter of lib/params/reuse-filter.ts): a call narrows to its services. */
import type { ReuseFilter } from "../params/reuse-filter";
import type { Db } from "../db/schema";
import { getCall } from "./calls";
import { type DeclarationWithHistory, listDeclarations } from "./declarations";

export async function findDeclarations(db: Db, filter: ReuseFilter): Promise<DeclarationWithHistory[]> {
  let ozgIds: string[] | undefined = filter.ozgIds.length ? filter.ozgIds : undefined;
  if (filter.abfrage) {
    const call = await getCall(db, filter.abfrage);
    const services = call?.ozgIds ?? [];
    ozgIds = ozgIds ? ozgIds.filter((id) => services.includes(id)) : services;
  }
  return listDeclarations(db, { ozgIds, kreis: filter.kreis ?? undefined, statuses: filter.statuses });
}
