import { postOnly } from "@/lib/api/read-only";
import { postStandResponse } from "@/lib/api/staende";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return postStandResponse(request);
}

export { postOnly as GET, postOnly as PUT, postOnly as DELETE, postOnly as PATCH };
