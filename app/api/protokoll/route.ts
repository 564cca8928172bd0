import { getProtokollResponse } from "@/lib/api/protokoll";

export const dynamic = "force-dynamic";
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";

export async function GET(request: Request): Promise<Response> {
  return getProtokollResponse(request);
}
