import { statistikResponse } from "@/lib/api/nachnutzung";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return statistikResponse(request);
}
