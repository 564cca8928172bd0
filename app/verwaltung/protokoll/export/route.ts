import { recordExportResponse } from "@/lib/api/protokoll-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return recordExportResponse(request);
}
