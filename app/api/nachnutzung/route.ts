import { getNachnutzungResponse, postNachnutzungResponse } from "@/lib/api/nachnutzung";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return getNachnutzungResponse(request);
}

export async function POST(request: Request): Promise<Response> {
  return postNachnutzungResponse(request);
}
