import { recordExportResponse } from "@/lib/staff/record-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return recordExportResponse(request);
}
